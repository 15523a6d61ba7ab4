package com.omnidom.platform.wakeup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SignalledWorkerTest {

    private final AtomicInteger rounds = new AtomicInteger();
    private SignalledWorker worker;

    @AfterEach
    void stop() {
        if (worker != null) worker.stop();
        if (TransactionSynchronizationManager.isSynchronizationActive()) TransactionSynchronizationManager.clearSynchronization();
    }

    @Test
    void runsOnceAtStartThenWhenSignalledNotWaitingForTheFallback() {
        worker = new SignalledWorker("test-worker", Duration.ofMillis(10), Duration.ofHours(1), () -> {
            rounds.incrementAndGet();
            return null;
        });
        worker.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 1);

        worker.signal();

        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 2);
    }

    @Test
    void aSignalInATransactionWakesOnlyAfterTheCommit() {
        worker = new SignalledWorker("test-worker", Duration.ZERO, Duration.ofHours(1), () -> {
            rounds.incrementAndGet();
            return null;
        });
        worker.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 1);

        TransactionSynchronizationManager.initSynchronization();
        worker.signal();
        var registered = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(registered).hasSize(1);
        assertThat(rounds.get()).isEqualTo(1); // not yet committed
        registered.forEach(TransactionSynchronization::afterCommit);

        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 2);
    }

    @Test
    void aRoundAsksForTheNextOneAndAFailedRoundDoesNotStopTheWorker() {
        worker = new SignalledWorker("test-worker", Duration.ZERO, Duration.ofHours(1), () -> {
            if (rounds.incrementAndGet() == 2) throw new IllegalStateException("database away");
            return Duration.ofMillis(10);
        });
        worker.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() >= 2);
        worker.wake();
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() >= 4);
    }
}

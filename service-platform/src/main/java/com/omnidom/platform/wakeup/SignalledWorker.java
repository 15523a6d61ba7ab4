package com.omnidom.platform.wakeup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One background thread running a round of work when woken, instead of polling at a fixed rate. {@link #signal()}
 * wakes it once the current transaction commits (the work is visible then); the thread waits {@code settle} so
 * signals close together share one round (a coalescing or priority window), then runs the round. Without signals a
 * round runs every {@code fallback}: work another instance queued, or a signal lost in a crash, is still done. The
 * first round runs at start (work left over from before a restart). Rounds never overlap; a signal during a round
 * brings another one after it, except the round's own (its transactions would wake it for ever): a round that leaves
 * work says so by its return value. Its owner runs it as a Spring lifecycle bean by implementing {@link SignalledWork}.
 */
public final class SignalledWorker {

    /** One round of work. */
    @FunctionalInterface
    public interface Round {
        /** @return when to run again at the latest (e.g. more work is due then); null for the fallback */
        Duration run() throws Exception;
    }

    private static final Logger log = LoggerFactory.getLogger(SignalledWorker.class);

    private final String name;
    private final Duration settle;
    private final Duration fallback;
    private final Round round;
    private final Object monitor = new Object();
    private boolean signalled;
    private volatile boolean running;
    private volatile Thread thread;

    public SignalledWorker(String name, Duration settle, Duration fallback, Round round) {
        if (settle.isNegative()) throw new IllegalArgumentException("settle must not be negative");
        if (fallback.isNegative() || fallback.isZero()) throw new IllegalArgumentException("fallback must be positive");
        this.name = name;
        this.settle = settle;
        this.fallback = fallback;
        this.round = round;
    }

    /** Wakes the worker once the current transaction commits (at once without one); nothing if it rolls back. */
    public void signal() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    /** Wakes the worker now. */
    public void wake() {
        if (Thread.currentThread() == thread) return;
        synchronized (monitor) {
            signalled = true;
            monitor.notifyAll();
        }
    }

    public synchronized void start() {
        if (running) return;
        running = true;
        thread = Thread.ofPlatform().name(name).daemon().start(this::loop);
    }

    /** Stops after the current round, if any. */
    public synchronized void stop() {
        if (!running) return;
        running = false;
        wake();
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void loop() {
        long dueAt = System.nanoTime(); // the first round at once
        try {
            while (running) {
                boolean woken;
                synchronized (monitor) {
                    long wait;
                    while (running && !signalled && (wait = dueAt - System.nanoTime()) > 0) {
                        TimeUnit.NANOSECONDS.timedWait(monitor, wait);
                    }
                    woken = signalled;
                }
                if (woken && !settle.isZero()) Thread.sleep(settle);
                synchronized (monitor) {
                    signalled = false; // signals up to here are served by this round
                }
                Duration next = runRound();
                Duration wait = next == null || next.compareTo(fallback) > 0 ? fallback : next;
                dueAt = System.nanoTime() + wait.toNanos();
            }
        } catch (InterruptedException stopping) {
            // stop() ends the thread
        }
    }

    private Duration runRound() {
        try {
            return round.run();
        } catch (Exception e) {
            // the database is away, most likely: the fallback round tries again
            log.warn("{} round failed, trying again in {}: {}", name, fallback, e.toString());
            return null;
        }
    }
}

package com.omnidom.payment.payments.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A round of work every {@code interval} on its own daemon thread, started and stopped with the application. A round
 * that fails (e.g. the database is away) is logged and the next one tries again; the round itself stays a plain method
 * that tests call directly.
 */
abstract class PeriodicJob implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private ScheduledExecutorService scheduler;

    protected PeriodicJob(String name) {
        this.name = name;
    }

    /** How long between the end of one round and the start of the next. */
    protected abstract Duration interval();

    protected abstract void round();

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
        long interval = interval().toMillis();
        scheduler.scheduleWithFixedDelay(this::roundQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void roundQuietly() {
        try {
            round();
        } catch (RuntimeException e) {
            log.warn("{} round failed: {}", name, e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) return;
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}

package com.omnidom.platform.wakeup;

import org.springframework.context.SmartLifecycle;

/**
 * A bean whose work runs on a {@link SignalledWorker}: the worker starts when the application context has started
 * (after the beans the rounds use) and stops before they are destroyed, as a Spring lifecycle bean does.
 */
public interface SignalledWork extends SmartLifecycle {

    /** The worker the bean runs its rounds on. */
    SignalledWorker worker();

    @Override
    default void start() {
        worker().start();
    }

    @Override
    default void stop() {
        worker().stop();
    }

    @Override
    default boolean isRunning() {
        return worker().isRunning();
    }
}

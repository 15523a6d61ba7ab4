package com.omnidom.testsupport;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Plumbing shared by the context customizers. */
final class TestContexts {

    private TestContexts() {
    }

    /**
     * Runs {@code release} when the context closes. Called from a customizer, i.e. before the application's beans
     * exist, so it runs after they are destroyed (disposable beans go in reverse order of registration).
     */
    static void releaseOnClose(ConfigurableApplicationContext context, String name, Runnable release) {
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(name, release::run);
        } else {
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) release.run();
            });
        }
    }
}

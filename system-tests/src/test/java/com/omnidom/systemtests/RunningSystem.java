package com.omnidom.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the whole system once per test run, however many scenario classes use it (it takes a minute or more on two
 * cores), loads the retailer and hands {@link TheSystem} to the scenarios; it stops when the run ends.
 */
final class RunningSystem implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        system(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TheSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return system(context);
    }

    /** A start that failed is not tried again by the next scenario class: each would wait minutes to fail alike. */
    private static TheSystem system(ExtensionContext context) {
        Object started = context.getRoot().getStore(ExtensionContext.Namespace.create(RunningSystem.class))
                .computeIfAbsent(TheSystem.class, type -> startOnce(), Object.class);
        if (started instanceof IllegalStateException failure) throw new IllegalStateException("the system did not start", failure);
        return (TheSystem) started;
    }

    private static Object startOnce() {
        try {
            return TheSystem.start();
        } catch (IllegalStateException failure) {
            return failure;
        }
    }
}

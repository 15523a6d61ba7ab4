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

    private static TheSystem system(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(RunningSystem.class))
                .computeIfAbsent(TheSystem.class, type -> TheSystem.start(), TheSystem.class);
    }
}

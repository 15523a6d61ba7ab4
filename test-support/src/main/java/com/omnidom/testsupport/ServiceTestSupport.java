package com.omnidom.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands an {@link OmnidomServiceTest} what it talks to, as constructor or method parameters: {@link Http} on the
 * service's port and the {@link Wire} to the test's broker (one per test class, closed with it).
 */
public final class ServiceTestSupport implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ServiceTestSupport.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Http.class || type == Wire.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Environment environment = SpringExtension.getApplicationContext(context).getEnvironment();
        if (parameter.getParameter().getType() == Http.class) {
            return new Http(environment.getRequiredProperty("local.server.port", Integer.class));
        }
        String bootstrap = environment.getRequiredProperty("spring.kafka.bootstrap-servers");
        ExtensionContext classContext = context.getTestClass().isPresent() && context.getTestMethod().isPresent()
                ? context.getParent().orElse(context) : context;
        return classContext.getStore(NAMESPACE).computeIfAbsent(Wire.class, type -> new Wire(bootstrap), Wire.class);
    }
}

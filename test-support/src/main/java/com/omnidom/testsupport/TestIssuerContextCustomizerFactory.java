package com.omnidom.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

import java.util.List;

/** Makes every Spring test context of a resource server trust the {@link TestIssuer}. */
public class TestIssuerContextCustomizerFactory implements ContextCustomizerFactory {

    private static final String RESOURCE_SERVER =
            "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return ClassUtils.isPresent(RESOURCE_SERVER, testClass.getClassLoader()) ? new Customizer() : null;
    }

    private record Customizer() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPropertyValues.of(
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.ISSUER,
                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestIssuer.get().jwkSetUri())
                    .applyTo(context);
        }
    }
}

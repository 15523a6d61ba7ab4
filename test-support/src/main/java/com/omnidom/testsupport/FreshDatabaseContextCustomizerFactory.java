package com.omnidom.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;

/** Gives each test class marked {@link FreshDatabase} its own database (and so its own, uncached-across-classes, context). */
public class FreshDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(FreshDatabase.class);
        return wanted ? new Customizer(testClass) : null;
    }

    private record Customizer(Class<?> testClass) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabases.TestDatabase db = TestDatabases.create(testClass.getSimpleName());
            TestPropertyValues.of(
                    "spring.datasource.url=" + db.url(),
                    "spring.datasource.username=" + db.username(),
                    "spring.datasource.password=" + db.password()).applyTo(context);
            // after the relay and listeners stopped and the pool closed
            TestContexts.releaseOnClose(context, "freshDatabaseDrop", db::drop);
        }
    }
}

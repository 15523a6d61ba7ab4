package com.omnidom.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;

/** Starts the broker of each test context marked {@link TestKafka} before the context refreshes. */
public class TestKafkaContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(TestKafka.class);
        return wanted ? new Customizer() : null;
    }

    private record Customizer() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestInfrastructure.Broker broker = TestInfrastructure.kafka();
            TestPropertyValues.of("spring.kafka.bootstrap-servers=" + broker.bootstrapServers()).applyTo(context);
            // stopped after the application's consumers and producers closed
            TestContexts.releaseOnClose(context, "testKafkaBroker", broker::close);
        }
    }
}

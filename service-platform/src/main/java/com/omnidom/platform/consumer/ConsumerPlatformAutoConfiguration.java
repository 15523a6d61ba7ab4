package com.omnidom.platform.consumer;

import com.omnidom.platform.PlatformAutoConfiguration;
import com.omnidom.platform.PlatformSchema;
import com.omnidom.platform.deadletter.DeadLetters;
import com.omnidom.platform.kafka.KafkaPlatformAutoConfiguration;
import com.omnidom.platform.kafka.KafkaTopicsProperties;
import com.omnidom.platform.parking.ParkedEvents;
import com.omnidom.platform.parking.ParkingProperties;
import com.omnidom.platform.tracing.OrderTraces;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.inbox.Inbox;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;

import javax.sql.DataSource;
import java.util.List;
import java.util.function.Consumer;

/**
 * One Spring Cloud Stream function per consumed topic (see {@link ConsumerBindings}), each handing its records to
 * the service's {@link EventDispatcher}.
 */
@AutoConfiguration(after = {PlatformAutoConfiguration.class, KafkaPlatformAutoConfiguration.class})
public class ConsumerPlatformAutoConfiguration {

    @Bean
    static BeanDefinitionRegistryPostProcessor omnidomConsumerFunctions() {
        return new ConsumerFunctions();
    }

    @Bean
    EventDispatcher eventDispatcher(EventCodec codec, Inbox inbox, ObjectProvider<EventHandlers> handlers,
                                    Environment environment, ParkedEvents parking,
                                    ObjectProvider<ObservationRegistry> observations, OrderTraces orderTraces,
                                    @Value("${spring.application.name:omnidom}") String applicationName) {
        Subscriptions subscriptions = new Subscriptions();
        handlers.orderedStream().forEach(h -> h.subscribe(subscriptions.owner(h.getClass().getSimpleName())));
        return new EventDispatcher(codec, inbox, applicationName, ConsumerBindings.of(environment), subscriptions.all(),
                parking, observations.getIfAvailable(() -> ObservationRegistry.NOOP), orderTraces);
    }

    /** The group's parking lot: events waiting for a prerequisite, replayed when it arrives. */
    @Bean
    ParkedEvents parkedEvents(PlatformSchema schema, DataSource dataSource, ObjectProvider<EventDispatcher> dispatcher,
                              DeadLetters deadLetters, KafkaTopicsProperties properties, MeterRegistry meters,
                              @Value("${spring.application.name:omnidom}") String applicationName) {
        var parking = new ParkedEvents(dataSource, dispatcher, deadLetters, applicationName, ParkingProperties.of(properties));
        parking.registerGauges(meters, properties.consumes());
        return parking;
    }

    /** A binding's function: what Spring Cloud Stream calls with each record of the topic. */
    static final class TopicConsumer implements Consumer<Message<byte[]>> {

        private final ConsumerBindings.Binding binding;
        private final ObjectProvider<EventDispatcher> dispatcher;

        TopicConsumer(ConsumerBindings.Binding binding, ObjectProvider<EventDispatcher> dispatcher) {
            this.binding = binding;
            this.dispatcher = dispatcher;
        }

        @Override
        public void accept(Message<byte[]> message) {
            dispatcher.getObject().consume(binding, message);
        }
    }

    /** Registers the functions before any bean is created, so the binder finds them by the names it was given. */
    static final class ConsumerFunctions implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, BeanFactoryAware {

        private Environment environment;
        private BeanFactory beanFactory;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            List<ConsumerBindings.Binding> bindings = ConsumerBindings.of(environment);
            for (ConsumerBindings.Binding binding : bindings) {
                registry.registerBeanDefinition(binding.function(), new RootBeanDefinition(TopicConsumer.class,
                        () -> new TopicConsumer(binding, beanFactory.getBeanProvider(EventDispatcher.class))));
            }
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        }
    }
}

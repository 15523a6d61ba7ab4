package com.omnidom.notification.message.application;

import com.omnidom.events.notification.NotificationSent;
import com.omnidom.platform.metrics.EventMetric;
import io.micrometer.core.instrument.Tags;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.util.Arrays;

/**
 * notification-service's business metrics ({@code docs/metrics.md}): mails sent, read off {@code NotificationSent};
 * mails failed are counted where SMTP refuses them ({@link MessageSender}).
 */
@Configuration(proxyBeanMethods = false)
public class NotificationMetrics {

    @Bean
    EventMetric<NotificationSent> mailsSent() {
        return EventMetric.count("omnidom.mails.sent", "E-mails accepted by the SMTP server", NotificationSent.class,
                e -> Tags.of("kind", e.kind().name()))
                .startingAtZero("kind", Arrays.stream(NotificationSent.Kind.values()).map(Enum::name).toList());
    }
}

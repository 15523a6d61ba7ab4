package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.TenderOrder;
import com.omnidom.payment.payments.domain.TenderType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The configured tender order as the service binds it at start-up. */
class TenderPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(TenderProperties.class)
    static class Binding {
    }

    private final ApplicationContextRunner service = new ApplicationContextRunner().withUserConfiguration(Binding.class);

    @Test
    void withoutConfigurationTodaysOrderApplies() {
        service.run(context -> assertThat(context.getBean(TenderProperties.class).order()).isEqualTo(TenderOrder.DEFAULT));
    }

    @Test
    void aConfiguredOrderIsBound() {
        service.withPropertyValues("omnidom.payment.tenders.capture-order=CARD,GIFT_CARD,BONUS_POINTS,CASH,ON_ACCOUNT")
                .run(context -> {
                    TenderOrder order = context.getBean(TenderProperties.class).order();
                    assertThat(order.capture()).startsWith(TenderType.CARD, TenderType.GIFT_CARD);
                    assertThat(order.refund()).isEqualTo(TenderOrder.DEFAULT.refund());
                });
    }

    @Test
    void anOrderThatLeavesATypeOutOrNamesOneTwiceStopsTheStartUpWithTheReason() {
        service.withPropertyValues("omnidom.payment.tenders.capture-order=CARD,GIFT_CARD").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("capture order [CARD, GIFT_CARD] lacks")
                    .hasMessageContaining("every tender type exactly once");
        });
        service.withPropertyValues("omnidom.payment.tenders.refund-order=CARD,CARD,GIFT_CARD,BONUS_POINTS,CASH,ON_ACCOUNT")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("refund order names CARD twice"));
    }
}

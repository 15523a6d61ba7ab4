package com.omnidom.order.order.persistence;

import com.omnidom.events.EventType;
import com.omnidom.order.TimelineFacts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactJsonTest {

    @Test
    void everyKindOfFactIsReadBackAsItWasWritten() {
        TimelineFacts.everyKindWithItsWords().keySet().forEach(fact ->
                assertThat(FactJson.read(FactJson.write(fact))).as(fact.getClass().getSimpleName()).isEqualTo(fact));
    }

    @Test
    void theStoredJsonNamesTheFactAndHoldsOnlyTheRecordsComponents() {
        var captured = TimelineFacts.everyKindWithItsWords().keySet().stream()
                .filter(f -> f.getClass().getSimpleName().equals("PaymentCaptured")).findFirst().orElseThrow();

        assertThat(FactJson.write(captured)).isEqualTo("{\"amount\":{\"amount\":30.00,\"currency\":\"EUR\"},\"fact\":\"PaymentCaptured\"}");
        assertThatThrownBy(() -> FactJson.read("{\"fact\":\"Nonsense\"}")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyEventOfTheRegistryAndEveryOrderSideFactIsATypeByItsLabel() {
        for (EventType event : EventType.values()) {
            assertThat(TimelineType.labelled(event.recordType().getSimpleName())).isEqualTo(TimelineType.of(event));
        }
        assertThat(TimelineType.labelled("ReplacementOrdered").label()).isEqualTo("ReplacementOrdered");
        assertThatThrownBy(() -> TimelineType.labelled("Shipped")).isInstanceOf(IllegalArgumentException.class);
    }
}

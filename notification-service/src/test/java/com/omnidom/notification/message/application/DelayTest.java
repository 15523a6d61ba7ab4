package com.omnidom.notification.message.application;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DelayTest {

    @Test
    void aDelayIsToldOncePerReasonAndALongReasonStillFitsTheKey() {
        UUID orderId = UUID.randomUUID();
        String longReason = "no location has stock ".repeat(10);

        assertThat(new Delay(orderId, List.of(), "NO_STOCK").reference()).isEqualTo("reason:NO_STOCK");
        assertThat(new Delay(orderId, List.of(), " NO_STOCK ").reference()).isEqualTo("reason:NO_STOCK");
        assertThat(new Delay(orderId, List.of(), null).reference()).isEqualTo("reason:-");
        assertThat(new Delay(orderId, List.of(), longReason).reference())
                .hasSizeLessThanOrEqualTo(100).startsWith("reason-sha256:")
                .isEqualTo(new Delay(orderId, List.of(), longReason).reference())
                .isNotEqualTo(new Delay(orderId, List.of(), longReason + "!").reference());
    }
}

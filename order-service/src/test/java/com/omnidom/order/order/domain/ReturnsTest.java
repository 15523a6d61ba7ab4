package com.omnidom.order.order.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReturnsTest {

    private final UUID returnId = UUID.randomUUID();
    private final List<LineQuantity> oneUnit = List.of(new LineQuantity("1", "SKU-1", 1));

    @Test
    void refundedUnitsAreCountedOnceBothGoodsAndRefundAreKnownInEitherOrder() {
        Returns.Step goods = new Returns(List.of()).receive(returnId, "WH-1", oneUnit);
        assertThat(goods.refundedNow()).isEmpty();
        Returns.Step refund = goods.returns().refund(returnId, new BigDecimal("10.00"));
        assertThat(refund.refundedNow()).isEqualTo(oneUnit);
        assertThat(refund.returns().refund(returnId, new BigDecimal("1.00")).refundedNow()).isEmpty();

        Returns.Step refundFirst = new Returns(List.of()).refund(returnId, new BigDecimal("10.00"));
        assertThat(refundFirst.refundedNow()).isEmpty();
        assertThat(refundFirst.returns().receive(returnId, "WH-1", oneUnit).refundedNow()).isEqualTo(oneUnit);
    }

    @Test
    void aReturnIsReceivedOnce() {
        Returns received = new Returns(List.of()).receive(returnId, "WH-1", oneUnit).returns();

        assertThatThrownBy(() -> received.receive(returnId, "WH-1", oneUnit)).isInstanceOf(ImpossibleProgress.class);
    }
}

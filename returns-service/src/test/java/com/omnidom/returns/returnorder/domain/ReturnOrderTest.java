package com.omnidom.returns.returnorder.domain;

import com.omnidom.kernel.IllegalTransition;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import com.omnidom.returns.sale.domain.OrderId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ReturnOrderTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final RequestedLine SHIRT = new RequestedLine("1", "SHIRT-M", 2, ReturnReason.TOO_SMALL, new BigDecimal("19.99"));
    static final RequestedLine SOCKS = new RequestedLine("2", "SOCKS", 1, ReturnReason.DAMAGED, new BigDecimal("5.00"));

    static ReturnOrder requested(String currency, RequestedLine... lines) {
        return ReturnOrder.request(ReturnId.random(), new OrderId(UUID.randomUUID()), ReturnChannel.ONLINE, "WH-DE-1",
                currency, List.of(lines), NOW);
    }

    static List<String> fields(Runnable step) {
        try {
            step.run();
        } catch (RuleViolation e) {
            return e.violations().stream().map(Violation::field).toList();
        }
        throw new AssertionError("no rule violated");
    }

    @Test
    void aNewReturnIsRequestedWithItsLinesAndNoRefundYet() {
        ReturnSnapshot r = requested("EUR", SHIRT, SOCKS).snapshot();

        assertThat(r.status()).isEqualTo(ReturnStatus.REQUESTED);
        assertThat(r.lines()).extracting(ReturnedLine::lineId, ReturnedLine::quantity, ReturnedLine::receivedQuantity)
                .containsExactly(tuple("1", 2, null), tuple("2", 1, null));
        assertThat(r.refundAmount()).isNull();
        assertThat(r.refundedAmount()).hasToString("0.00");
        assertThat(r.createdAt()).isEqualTo(NOW);
    }

    @Test
    void requestRulesNameTheFieldsAtFault() {
        var none = new RequestedLine("1", "SHIRT-M", 0, ReturnReason.TOO_SMALL, BigDecimal.ONE);
        var twice = new RequestedLine("1", "SHIRT-M", 1, null, BigDecimal.ONE);

        assertThat(fields(() -> ReturnOrder.request(ReturnId.random(), new OrderId(UUID.randomUUID()),
                ReturnChannel.STORE, "store 1", "EUR", List.of(none, twice), NOW)))
                .containsExactly("locationId", "lines[0].quantity", "lines[1].lineId", "lines[1].reason");
        assertThat(fields(() -> requested("EUR"))).containsExactly("lines");
    }

    @Test
    void receivingRefundsEveryReceivedUnitAtItsGrossPrice() {
        ReturnOrder r = requested("EUR", SHIRT, SOCKS);

        List<Release> released = r.receive(List.of(new Inspection("1", 2, true), new Inspection("2", 1, false)), NOW);

        assertThat(released).isEmpty();
        ReturnSnapshot s = r.snapshot();
        assertThat(s.status()).isEqualTo(ReturnStatus.RECEIVED);
        assertThat(s.refundAmount()).isEqualByComparingTo("44.98").hasToString("44.98");
        assertThat(s.receivedAt()).isEqualTo(NOW);
        assertThat(s.lines()).extracting(ReturnedLine::resellable).containsExactly(true, false);
    }

    @Test
    void aPartialReceiptRefundsWhatArrivedAndReleasesTheRest() {
        ReturnOrder r = requested("EUR", SHIRT, SOCKS);

        List<Release> released = r.receive(List.of(new Inspection("1", 1, true)), NOW);

        assertThat(r.snapshot().refundAmount()).hasToString("19.99");
        assertThat(released).containsExactly(new Release("1", 1), new Release("2", 1));
        assertThat(r.snapshot().lines()).extracting(ReturnedLine::receivedQuantity).containsExactly(1, 0);
    }

    @Test
    void theRefundHasTheCurrencysDecimalsAndIsNeverRounded() {
        var wholeEuros = new RequestedLine("1", "A", 2, ReturnReason.OTHER, new BigDecimal("20"));
        var yen = new RequestedLine("1", "A", 3, ReturnReason.OTHER, new BigDecimal("1000"));
        var fineEuros = new RequestedLine("1", "A", 3, ReturnReason.OTHER, new BigDecimal("0.333"));

        assertThat(received(requested("EUR", wholeEuros), 2)).hasToString("40.00");
        assertThat(received(requested("JPY", yen), 3)).hasToString("3000");
        assertThat(received(requested("EUR", fineEuros), 3)).hasToString("0.999");
    }

    private static BigDecimal received(ReturnOrder r, int quantity) {
        r.receive(List.of(new Inspection("1", quantity, true)), NOW);
        return r.snapshot().refundAmount();
    }

    @Test
    void theInspectionMustMatchTheReturnsLines() {
        ReturnOrder r = requested("EUR", SHIRT, SOCKS);

        assertThat(fields(() -> r.receive(List.of(new Inspection("9", 1, true), new Inspection("1", 3, true),
                new Inspection("2", 1, null), new Inspection("2", 1, true)), NOW)))
                .containsExactly("lines[0].lineId", "lines[1].quantity", "lines[2].resellable", "lines[3].lineId");
        assertThat(fields(() -> r.receive(List.of(), NOW))).containsExactly("lines");
        assertThat(r.status()).isEqualTo(ReturnStatus.REQUESTED);
    }

    @Test
    void onlyARequestedReturnIsReceivedOrCancelled() {
        ReturnOrder received = requested("EUR", SHIRT);
        received.receive(List.of(new Inspection("1", 2, true)), NOW);

        assertThatThrownBy(() -> received.receive(List.of(new Inspection("1", 2, true)), NOW))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("RECEIVED");
        assertThatThrownBy(() -> received.cancel(NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void cancellingReleasesEveryUnit() {
        ReturnOrder r = requested("EUR", SHIRT, SOCKS);

        assertThat(r.cancel(NOW)).containsExactly(new Release("1", 2), new Release("2", 1));
        assertThat(r.status()).isEqualTo(ReturnStatus.CANCELLED);
        assertThatThrownBy(() -> r.receive(List.of(new Inspection("1", 1, true)), NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void refundsCloseAReceivedReturnAndAddUp() {
        ReturnOrder r = requested("EUR", SHIRT);
        assertThatThrownBy(() -> r.noteRefundIssued("EUR", new BigDecimal("39.98"), NOW)).isInstanceOf(IllegalTransition.class);
        r.receive(List.of(new Inspection("1", 2, true)), NOW);

        r.noteRefundIssued("EUR", new BigDecimal("30"), NOW);
        r.noteRefundIssued("EUR", new BigDecimal("9.98"), NOW);

        assertThat(r.status()).isEqualTo(ReturnStatus.REFUNDED);
        assertThat(r.snapshot().refundedAmount()).hasToString("39.98");
        assertThat(r.snapshot().refundedAt()).isEqualTo(NOW);
        assertThat(fields(() -> r.noteRefundIssued("USD", BigDecimal.ONE, NOW))).containsExactly("currency");
    }
}

package com.omnidom.order.order.domain;

import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.omnidom.order.SampleOrders.aDraft;
import static com.omnidom.order.SampleOrders.shipToBerlin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final FulfillmentId wh1 = new FulfillmentId(UUID.randomUUID());
    private final FulfillmentId store1 = new FulfillmentId(UUID.randomUUID());

    @Test
    void acceptedOrderNumbersItsLinesAndTendersAndTotalsTheGrossAmounts() {
        Order order = Order.accept(OrderId.random(), aDraft(2, 1), NOW);

        assertThat(order.lines()).extracting(OrderLine::lineId).containsExactly("1", "2");
        assertThat(order.tenders()).extracting(Tender::tenderId).containsExactly("1");
        assertThat(order.total()).isEqualByComparingTo("30.00");
        assertThat(order.total().scale()).isEqualTo(2);
        assertThat(order.capturedAmount()).hasToString("0.00");
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(order.noted()).extracting(NotedFact::fact).containsExactly(new OrderFact.Accepted(
                new OrderFact.Outline(Channel.WEB_SHOP, "WEB-1", 2, 3, com.omnidom.kernel.Money.of("30.00", "EUR"), false)));
        assertThat(order.lines().getFirst().quantities()).isEqualTo(LineQuantities.of(2));
    }

    @Test
    void intakeRulesNameEveryFieldAtFault() {
        OrderDraft d = aDraft(1);
        var broken = new OrderDraft(d.channel(), d.orderNumber(), d.customer(), "EUR",
                List.of(new OrderDraft.Line("A 1", 1000, new BigDecimal("1.999"), new BigDecimal("1.5")),
                        new OrderDraft.Line("A-2", 0, new BigDecimal("-1"), BigDecimal.ZERO)),
                new Delivery(DeliveryMode.PICKUP, null, null, " "), d.tenders(), false);

        assertThatThrownBy(() -> Order.accept(OrderId.random(), broken, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("lines[0].sku", "lines[0].quantity", "lines[0].unitPrice", "lines[0].taxRate",
                                "lines[1].quantity", "lines[1].unitPrice", "delivery.pickupLocationId"));
    }

    @Test
    void tendersMustAddUpToTheTotal() {
        OrderDraft d = aDraft(2);
        var underpaid = new OrderDraft(d.channel(), d.orderNumber(), d.customer(), d.currency(), d.lines(), d.delivery(),
                List.of(new OrderDraft.Payment(TenderType.CARD, new BigDecimal("19.99"), "psp")), false);

        assertThatThrownBy(() -> Order.accept(OrderId.random(), underpaid, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("tenders");
                            assertThat(v.message()).contains("20.00 EUR");
                        }));
    }

    @Test
    void shipNeedsAnAddressAndTheCurrencyMustBeIso4217() {
        OrderDraft d = aDraft(1);
        var noAddress = new OrderDraft(d.channel(), d.orderNumber(), d.customer(), "EURO", d.lines(),
                new Delivery(DeliveryMode.SHIP, null, null, null), d.tenders(), false);

        assertThatThrownBy(() -> Order.accept(OrderId.random(), noAddress, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("currency", "delivery.address"));
    }

    @Test
    void statusFollowsTheQuantitiesFromAcceptedToCompleted() {
        Order order = Order.accept(OrderId.random(), aDraft(2, 1), NOW);

        order.noteFulfillmentAssigned(wh1, "WH-1", List.of(q("1", 2)), NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        order.noteFulfillmentAssigned(store1, "STORE-1", List.of(q("2", 1)), NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.ROUTED);
        order.noteStockAllocated(wh1, "WH-1", List.of(q("1", 2)), NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.IN_FULFILLMENT);
        order.noteFulfillmentShipped(wh1, List.of(q("1", 1)), "DHL", "T-1", NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        order.noteFulfillmentShipped(wh1, List.of(q("1", 1)), "DHL", "T-2", NOW);
        order.noteReadyForPickup(store1, List.of(q("2", 1)), NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        order.notePickedUp(store1, List.of(q("2", 1)), NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.lines().get(1).quantities().readyForPickup()).isZero();
        assertThat(order.lines().get(1).quantities().pickedUp()).isEqualTo(1);
        assertThat(order.fulfillments()).extracting(Fulfillment::status)
                .containsExactly(FulfillmentStatus.SHIPPED, FulfillmentStatus.PICKED_UP);
    }

    @Test
    void everythingReturnedIsReturnedAndRefundsCountPerLineInEitherOrder() {
        Order order = Order.accept(OrderId.random(), aDraft(2), NOW);
        order.noteFulfillmentAssigned(wh1, "WH-1", List.of(q("1", 2)), NOW);
        order.noteFulfillmentShipped(wh1, List.of(q("1", 2)), null, null, NOW);
        order.notePaymentCaptured("EUR", new BigDecimal("20.00"), NOW);
        UUID firstReturn = UUID.randomUUID();
        UUID secondReturn = UUID.randomUUID();

        order.noteReturnReceived(firstReturn, "WH-1", List.of(q("1", 1)), NOW);
        order.noteRefundIssued(firstReturn, "EUR", new BigDecimal("10.00"), NOW);
        order.noteRefundIssued(secondReturn, "EUR", new BigDecimal("10.00"), NOW);
        assertThat(order.lines().getFirst().quantities().refunded()).isEqualTo(1);
        order.noteReturnReceived(secondReturn, "WH-1", List.of(q("1", 1)), NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.RETURNED);
        assertThat(order.lines().getFirst().quantities().returned()).isEqualTo(2);
        assertThat(order.lines().getFirst().quantities().refunded()).isEqualTo(2);
        assertThat(order.refundedAmount()).hasToString("20.00");
    }

    @Test
    void unroutableUnitsMakeTheOrderUnroutableUntilTheyAreRoutedAgain() {
        Order order = Order.accept(OrderId.random(), aDraft(2), NOW);

        order.noteUnroutable(List.of(q("1", 2)), "NO_STOCK", NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.UNROUTABLE);
        order.noteFulfillmentAssigned(wh1, "WH-1", List.of(q("1", 2)), NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.ROUTED);
        assertThat(order.lines().getFirst().quantities().unroutable()).isZero();
    }

    @Test
    void rejectionGivesTheLinesBackAndReleasesTheirAllocation() {
        Order order = Order.accept(OrderId.random(), aDraft(2), NOW);
        order.noteFulfillmentAssigned(store1, "STORE-1", List.of(q("1", 2)), NOW);
        order.noteStockAllocated(store1, "STORE-1", List.of(q("1", 2)), NOW);

        order.noteFulfillmentRejected(store1, "DAMAGED", NOW);

        assertThat(order.lines().getFirst().quantities()).isEqualTo(LineQuantities.of(2));
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(order.fulfillments()).extracting(Fulfillment::status).containsExactly(FulfillmentStatus.REJECTED);
        assertThatThrownBy(() -> order.noteFulfillmentShipped(store1, List.of(q("1", 2)), null, null, NOW))
                .isInstanceOf(ImpossibleProgress.class);
        order.noteFulfillmentAssigned(wh1, "WH-1", List.of(q("1", 2)), NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.ROUTED);
    }

    @Test
    void quantitiesNeverExceedWhatWasOrderedAndARefusedFactChangesNothing() {
        Order order = Order.accept(OrderId.random(), aDraft(2, 1), NOW);
        order.noteFulfillmentAssigned(wh1, "WH-1", List.of(q("1", 2), q("2", 1)), NOW);
        var before = order.lines().stream().map(OrderLine::quantities).toList();

        assertThatThrownBy(() -> order.noteFulfillmentShipped(wh1, List.of(q("2", 1), q("1", 3)), null, null, NOW))
                .isInstanceOf(ImpossibleProgress.class).hasMessageContaining("line 1");
        // more than the free units: an earlier assignment's units may still come back (a failed allocation), so wait
        assertThatThrownBy(() -> order.noteFulfillmentAssigned(store1, "STORE-1", List.of(q("1", 1)), NOW))
                .isInstanceOf(ProgressAhead.class);
        assertThatThrownBy(() -> order.noteFulfillmentShipped(wh1, List.of(q("9", 1)), null, null, NOW))
                .isInstanceOf(ImpossibleProgress.class).hasMessageContaining("no line 9");
        assertThatThrownBy(() -> order.notePaymentCaptured("EUR", new BigDecimal("30.01"), NOW))
                .isInstanceOf(ImpossibleProgress.class);
        assertThatThrownBy(() -> order.notePaymentCaptured("USD", new BigDecimal("1.00"), NOW))
                .isInstanceOf(ImpossibleProgress.class);

        assertThat(order.lines().stream().map(OrderLine::quantities).toList()).isEqualTo(before);
        assertThat(order.capturedAmount()).hasToString("0.00");
    }

    @Test
    void factsThatOvertakeTheirPrerequisiteWaitForIt() {
        Order order = Order.accept(OrderId.random(), aDraft(2), NOW);

        assertThatThrownBy(() -> order.noteStockAllocated(wh1, "WH-1", List.of(q("1", 2)), NOW))
                .isInstanceOf(ProgressAhead.class);
        assertThatThrownBy(() -> order.noteReturnReceived(UUID.randomUUID(), "WH-1", List.of(q("1", 1)), NOW))
                .isInstanceOf(ProgressAhead.class);
        assertThat(order.lines().getFirst().quantities()).isEqualTo(LineQuantities.of(2));
    }

    @Test
    void statusIsDerivedFromLineQuantities() {
        var accepted = LineQuantities.of(2);
        var assigned = accepted.assign(2);
        var allocated = assigned.allocate(1);
        var shipped = assigned.allocate(2).ship(2);

        assertThat(OrderStatus.of(List.of(accepted))).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(OrderStatus.of(List.of(assigned, accepted))).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(OrderStatus.of(List.of(assigned, assigned))).isEqualTo(OrderStatus.ROUTED);
        assertThat(OrderStatus.of(List.of(allocated, accepted))).isEqualTo(OrderStatus.IN_FULFILLMENT);
        assertThat(OrderStatus.of(List.of(shipped, allocated))).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(OrderStatus.of(List.of(shipped, shipped))).isEqualTo(OrderStatus.COMPLETED);
        assertThat(OrderStatus.of(List.of(shipped.receiveReturn(2), shipped.receiveReturn(2)))).isEqualTo(OrderStatus.RETURNED);
        assertThat(OrderStatus.of(List.of(shipped.receiveReturn(1), shipped))).isEqualTo(OrderStatus.COMPLETED);
        assertThat(OrderStatus.of(List.of(accepted.markUnroutable(1), allocated))).isEqualTo(OrderStatus.UNROUTABLE);
    }

    private static LineQuantity q(String lineId, int quantity) {
        return new LineQuantity(lineId, null, quantity);
    }
}

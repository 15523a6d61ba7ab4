package com.omnidom.order.order.domain;

import com.omnidom.kernel.IllegalTransition;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static com.omnidom.order.SampleOrders.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderLifecycleTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final FulfillmentId F = new FulfillmentId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));

    static List<LineQuantity> units(int n) {
        return List.of(new LineQuantity("1", "SKU-1", n));
    }

    @Test
    void cancellingTheWholeOrderCancelsEveryOpenUnit() {
        Order order = Order.accept(OrderId.random(), aDraft(2, 3), NOW);

        List<LineQuantity> cancelled = order.cancel(null, "changed mind", "agent", NOW);

        assertThat(cancelled).extracting(LineQuantity::quantity).containsExactly(2, 3);
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThatThrownBy(() -> order.cancel(null, "again", "agent", NOW)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("no open units");
    }

    @Test
    void shippedWaitingOrCollectedUnitsCannotBeCancelled() {
        Order order = Order.accept(OrderId.random(), aDraft(2), NOW);
        order.noteFulfillmentAssigned(F, "WH-1", units(2), NOW);
        order.noteFulfillmentShipped(F, units(1), "DHL", "1", NOW);

        assertThatThrownBy(() -> order.cancel(units(2), "too late", "agent", NOW)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("only 1 of 2 are open");
        assertThat(order.lines().getFirst().quantities().cancelled()).isZero();

        order.cancel(units(1), "the rest", "agent", NOW);
        assertThat(order.lines().getFirst().quantities().cancelled()).isEqualTo(1);
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void aHeldOrRejectedOrderIsNotCancelledHere() {
        Order held = Order.place(OrderId.random(), aDraft(1), NOW);
        held.hold(List.of("ARTICLE_QUANTITY"), 1, NOW);
        assertThat(held.status()).isEqualTo(OrderStatus.HELD);
        assertThatThrownBy(() -> held.cancel(null, "x", "y", NOW)).isInstanceOf(IllegalTransition.class).hasMessageContaining("review");

        held.rejectAfterReview("agent", "fraud", NOW);
        assertThat(held.status()).isEqualTo(OrderStatus.REJECTED);
        assertThatThrownBy(() -> held.release("agent", "oops", NOW)).isInstanceOf(IllegalTransition.class);
    }

    /**
     * After the order cancelled 2 of 2 allocated units, routing's FulfillmentCancelled and inventory's StockReleased (two
     * topics) may arrive in any order, and inventory's allocation may even come after routing's cancellation: the lines
     * always end the same. An event that arrives before its prerequisite is retried after the next one (as the listener
     * would).
     */
    @Test
    void cancellationEventsFoldToTheSameQuantitiesInEveryOrder() {
        List<List<String>> orders = List.of(
                List.of("FA", "SA", "FC", "SR"), List.of("FA", "SA", "SR", "FC"), List.of("FA", "FC", "SA", "SR"),
                List.of("SA", "FA", "FC", "SR"), List.of("SA", "SR", "FA", "FC"), List.of("SA", "FA", "SR", "FC"));
        for (List<String> sequence : orders) {
            Order order = Order.accept(OrderId.random(), aDraft(2), NOW);
            order.cancel(null, "changed mind", "agent", NOW);
            apply(order, sequence);

            LineQuantities q = order.lines().getFirst().quantities();
            assertThat(q).as(sequence.toString()).isEqualTo(new LineQuantities(2, 0, 0, 0, 0, 0, 0, 0, 0, 2));
            assertThat(order.status()).as(sequence.toString()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.fulfillments().getFirst().status()).as(sequence.toString()).isEqualTo(FulfillmentStatus.CANCELLED);
        }
    }

    @Test
    void aPartialCancellationLeavesTheRestAssignedAndAllocatedWhateverTheOrder() {
        for (List<String> sequence : List.of(List.of("FA", "SA", "FC1", "SR1"), List.of("FA", "SA", "SR1", "FC1"),
                List.of("FA", "FC1", "SA", "SR1"))) {
            Order order = Order.accept(OrderId.random(), aDraft(2), NOW);
            order.cancel(units(1), "one less", "agent", NOW);
            apply(order, sequence);

            assertThat(order.lines().getFirst().quantities()).as(sequence.toString())
                    .isEqualTo(new LineQuantities(2, 1, 1, 0, 0, 0, 0, 0, 0, 1));
            assertThat(order.status()).as(sequence.toString()).isEqualTo(OrderStatus.IN_FULFILLMENT);
            order.noteFulfillmentShipped(F, units(1), "DHL", "1", NOW);
            assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        }
    }

    @Test
    void aShipmentThatOvertookTheCancellationWins() {
        Order order = Order.accept(OrderId.random(), aDraft(2), NOW);
        order.noteFulfillmentAssigned(F, "WH-1", units(2), NOW);
        order.cancel(null, "changed mind", "agent", NOW);

        order.noteFulfillmentShipped(F, units(2), "DHL", "1", NOW);

        assertThat(order.lines().getFirst().quantities().shipped()).isEqualTo(2);
        assertThat(order.lines().getFirst().quantities().cancelled()).isZero();
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.noted().getLast().fact()).isEqualTo(new OrderFact.Shipped("WH-1", "DHL", "1", units(2), 2));
    }

    @Test
    void theDeliveryAddressChangesOnlyBeforeAssignment() {
        Order order = Order.accept(OrderId.random(), aDraft(1), NOW);
        Delivery elsewhere = new Delivery(DeliveryMode.SHIP, new Address(" Anna  Muster ", "Nebenstr. 2", "80331 ", "München", "de"),
                null, null);

        assertThat(order.changeDelivery(elsewhere, "agent", NOW)).isTrue();
        assertThat(order.delivery().address()).isEqualTo(new Address("Anna Muster", "Nebenstr. 2", "80331", "München", "DE"));

        order.noteFulfillmentAssigned(F, "WH-1", units(1), NOW);
        assertThatThrownBy(() -> order.changeDelivery(elsewhere, "agent", NOW)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("WH-1");
    }

    @Test
    void aReplacementIsOnlyForUnitsTheCustomerGot() {
        Order original = Order.accept(OrderId.random(), aDraft(2), NOW);
        original.noteFulfillmentAssigned(F, "WH-1", units(2), NOW);
        original.noteFulfillmentShipped(F, units(1), "DHL", "1", NOW);

        assertThatThrownBy(() -> Order.replacement(OrderId.random(), original, "WEB-1-R1",
                List.of(new Order.ReplacementLine("1", 2, null)), Map.of(), null, List.of(), "defective", "agent", NOW))
                .isInstanceOf(IllegalTransition.class);
        Order replacement = Order.replacement(OrderId.random(), original, "WEB-1-R1",
                List.of(new Order.ReplacementLine("1", 1, null)), Map.of(), null, List.of(), "defective", "agent", NOW);

        assertThat(replacement.replacesOrderId()).isEqualTo(original.id().value());
        assertThat(replacement.total()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(replacement.lines().getFirst().sku()).isEqualTo("SKU-1");
        assertThat(replacement.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(original.noted().getLast().fact()).isEqualTo(new OrderFact.ReplacementOrdered("WEB-1-R1",
                List.of(new LineQuantity("1", "SKU-1", 1)), "agent", "defective"));
        assertThat(replacement.noted()).extracting(NotedFact::fact).containsExactly(new OrderFact.ReplacementFor("WEB-1",
                List.of(new LineQuantity("1", "SKU-1", 1)), "agent", "defective"));
    }

    @Test
    void allReplacementsOfALineTogetherStayWithinWhatWasHandedOver() {
        Order original = Order.accept(OrderId.random(), aDraft(3), NOW);
        original.noteFulfillmentAssigned(F, "WH-1", units(3), NOW);
        original.noteFulfillmentShipped(F, units(2), "DHL", "1", NOW);

        // two of the two shipped units were sent again already: not one more
        assertThatThrownBy(() -> Order.replacement(OrderId.random(), original, "WEB-1-R2",
                List.of(new Order.ReplacementLine("1", 1, null)), Map.of("1", 2), null, List.of(), "defective", "agent", NOW))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("line 1").hasMessageContaining("2 replaced already");
        // nor twice the same line in one request beyond what was shipped
        assertThatThrownBy(() -> Order.replacement(OrderId.random(), original, "WEB-1-R2",
                List.of(new Order.ReplacementLine("1", 1, null), new Order.ReplacementLine("1", 2, null)), Map.of("1", 0),
                null, List.of(), "defective", "agent", NOW)).isInstanceOf(IllegalTransition.class);
        Order last = Order.replacement(OrderId.random(), original, "WEB-1-R2",
                List.of(new Order.ReplacementLine("1", 1, null)), Map.of("1", 1), null, List.of(), "defective", "agent", NOW);
        assertThat(last.lines().getFirst().replacesLineId()).isEqualTo("1");
    }

    @Test
    void aPromiseForADayBeforeTodayInUtcIsRefusedAtIntakeAndOnADeliveryChange() {
        // 23:30 in UTC is already the next day in Berlin: "today" is the UTC calendar day
        Instant lateEvening = Instant.parse("2026-11-26T23:30:00Z");
        Delivery promisedYesterday = promised(LocalDate.parse("2026-11-25"));
        OrderDraft d = aDraft(1);
        OrderDraft draft = new OrderDraft(d.channel(), d.orderNumber(), d.customer(), d.currency(), d.lines(),
                promisedYesterday, d.tenders(), false);

        assertThatThrownBy(() -> Order.accept(OrderId.random(), draft, lateEvening))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("delivery.promiseDate"));
        Order order = Order.accept(OrderId.random(), aDraft(1), lateEvening);
        assertThatThrownBy(() -> order.changeDelivery(promisedYesterday, "agent", lateEvening))
                .isInstanceOf(RuleViolation.class);
        assertThat(order.changeDelivery(promised(LocalDate.parse("2026-11-26")), "agent", lateEvening)).isTrue();
        assertThat(order.delivery().promiseDate()).isEqualTo(LocalDate.parse("2026-11-26"));
        assertThat(order.delivery().express()).isTrue();
    }

    @Test
    void aReplacementKeepsTheOriginalsPromiseUnlessItHasPassed() {
        OrderDraft d = aDraft(1);
        Order original = Order.accept(OrderId.random(), new OrderDraft(d.channel(), d.orderNumber(), d.customer(), d.currency(),
                d.lines(), promised(LocalDate.parse("2026-11-28")), d.tenders(), false), NOW);
        original.noteFulfillmentAssigned(F, "WH-1", units(1), NOW);
        original.noteFulfillmentShipped(F, units(1), "DHL", "1", NOW);
        List<Order.ReplacementLine> one = List.of(new Order.ReplacementLine("1", 1, null));

        Order early = Order.replacement(OrderId.random(), original, "WEB-1-R1", one, Map.of(), null, List.of(), "defective", "agent",
                NOW);
        Order afterThePromise = Order.replacement(OrderId.random(), original, "WEB-1-R2", one, Map.of(), null, List.of(), "defective",
                "agent", NOW.plus(Duration.ofDays(3)));

        assertThat(early.delivery().promiseDate()).isEqualTo(LocalDate.parse("2026-11-28"));
        assertThat(afterThePromise.delivery().promiseDate()).isNull();
        assertThat(afterThePromise.delivery().express()).isTrue();
    }

    private static Delivery promised(LocalDate day) {
        return new Delivery(DeliveryMode.SHIP, new Address("Anna Muster", "Hauptstr. 1", "10115", "Berlin", "DE"),
                null, null, true, day);
    }

    /**
     * Applies the events in arrival order. An event that needs a prerequisite blocks its topic (retried in place, as the
     * listener does) while the other topic goes on; blocked events are retried after every event that applied.
     */
    private static void apply(Order order, List<String> sequence) {
        List<String> waiting = new ArrayList<>();
        for (String next : sequence) {
            boolean topicBlocked = waiting.stream().anyMatch(w -> topic(w).equals(topic(next)));
            if (topicBlocked || !tryApply(order, next)) {
                waiting.add(next);
                continue;
            }
            retry(order, waiting);
        }
        retry(order, waiting);
        assertThat(waiting).as("events still waiting for a prerequisite").isEmpty();
    }

    private static void retry(Order order, List<String> waiting) {
        boolean progress = true;
        while (progress && !waiting.isEmpty()) {
            progress = false;
            for (String w : List.copyOf(waiting)) {
                boolean firstOfTopic = waiting.stream().filter(x -> topic(x).equals(topic(w))).findFirst().orElseThrow().equals(w);
                if (firstOfTopic && tryApply(order, w)) {
                    waiting.remove(w);
                    progress = true;
                }
            }
        }
    }

    private static boolean tryApply(Order order, String event) {
        try {
            fact(event).accept(order);
            return true;
        } catch (ProgressAhead waiting) {
            return false;
        }
    }

    private static String topic(String event) {
        return event.startsWith("F") ? "fulfillment" : "inventory";
    }

    private static Consumer<Order> fact(String name) {
        return switch (name) {
            case "FA" -> o -> o.noteFulfillmentAssigned(F, "WH-1", units(2), NOW);
            case "SA" -> o -> o.noteStockAllocated(F, "WH-1", units(2), NOW);
            case "FC" -> o -> o.noteFulfillmentCancelled(F, units(2), "order cancelled", NOW);
            case "SR" -> o -> o.noteStockReleased(F, "WH-1", units(2), "fulfilment cancelled", NOW);
            case "FC1" -> o -> o.noteFulfillmentCancelled(F, units(1), "order cancelled", NOW);
            case "SR1" -> o -> o.noteStockReleased(F, "WH-1", units(1), "fulfilment cancelled", NOW);
            default -> throw new IllegalArgumentException(name);
        };
    }
}

package com.omnidom.order;

import com.omnidom.kernel.Money;
import com.omnidom.order.order.domain.Address;
import com.omnidom.order.order.domain.Channel;
import com.omnidom.order.order.domain.Delivery;
import com.omnidom.order.order.domain.DeliveryMode;
import com.omnidom.order.order.domain.LineQuantity;
import com.omnidom.order.order.domain.OrderFact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One fact of every kind, with the words the timeline shows for it (as it did when the order wrote them itself). */
public final class TimelineFacts {

    private TimelineFacts() {
    }

    public static Map<OrderFact, String> everyKindWithItsWords() {
        var outline = new OrderFact.Outline(Channel.WEB_SHOP, "WEB-1", 2, 3, Money.of("39.98", "EUR"), true);
        var lines = List.of(new LineQuantity("1", "A-1", 2), new LineQuantity("2", null, 1));
        var one = List.of(new LineQuantity("1", "A-1", 1));
        Map<OrderFact, String> facts = new LinkedHashMap<>();
        facts.put(new OrderFact.Accepted(outline), "Accepted from WEB_SHOP as WEB-1: 2 lines, 3 units, 39.98 EUR, priority");
        facts.put(new OrderFact.Held(new OrderFact.Outline(Channel.STORE_POS, "POS-1", 1, 1, Money.of("500", "JPY"), false),
                        2, List.of("ARTICLE_QUANTITY: 21 units")),
                "Received from STORE_POS as POS-1: 1 line, 1 unit, 500 JPY; held for review by rule set 2: ARTICLE_QUANTITY: 21 units");
        facts.put(new OrderFact.RejectedByRiskCheck(outline, List.of("BLACK_LIST_EMAIL: x", "BLACK_LIST_IP: y")),
                "Received from WEB_SHOP as WEB-1: 2 lines, 3 units, 39.98 EUR, priority; rejected by the risk check: "
                        + "BLACK_LIST_EMAIL: x, BLACK_LIST_IP: y");
        facts.put(new OrderFact.Released(outline, "rita", "known customer"),
                "Released by rita after review (known customer); accepted from WEB_SHOP as WEB-1: 2 lines, 3 units, 39.98 EUR, priority");
        facts.put(new OrderFact.RejectedAfterReview("rita", null), "Rejected by rita after review");
        facts.put(new OrderFact.ReplacementFor("WEB-1", lines, "agent", "defective"),
                "Replacement for order WEB-1 created by agent: A-1 × 2, null × 1 (defective)");
        facts.put(new OrderFact.ReplacementOrdered("WEB-1-R1", one, "agent", null),
                "Replacement order WEB-1-R1 created by agent: A-1 × 1");
        facts.put(new OrderFact.Cancelled(lines, "agent", "changed mind"),
                "Cancelled by agent: line 1 (A-1) × 2, line 2 × 1 (changed mind)");
        facts.put(new OrderFact.DeliveryChanged(new Delivery(DeliveryMode.SHIP,
                        new Address("Anna", "Nebenstr. 2", "80331", "München", "DE"), null, null, true, LocalDate.parse("2026-12-01")), "agent"),
                "Delivery changed by agent to Nebenstr. 2 80331 München DE");
        facts.put(new OrderFact.NoteAdded("call before delivery", "agent.smith"), "agent.smith: call before delivery");
        facts.put(new OrderFact.FulfillmentAssigned("WH-1", lines), "Assigned to WH-1: line 1 (A-1) × 2, line 2 × 1");
        facts.put(new OrderFact.FulfillmentAcknowledged("WH-1", one), "WH-1 acknowledged its fulfilment order: line 1 (A-1) × 1");
        facts.put(new OrderFact.FulfillmentRejected("STORE-1", one, "DAMAGED"),
                "STORE-1 rejected line 1 (A-1) × 1 (DAMAGED); the lines are to be routed again");
        facts.put(new OrderFact.Shipped("WH-1", "DHL", "T-1", lines, 0),
                "Shipped from WH-1 with DHL (tracking T-1): line 1 (A-1) × 2, line 2 × 1");
        facts.put(new OrderFact.ReadyForPickup("STORE-1", one, 1),
                "Ready for pickup at STORE-1: line 1 (A-1) × 1; the cancellation of 1 unit came too late");
        facts.put(new OrderFact.PickedUp("STORE-1", one, 0), "Picked up at STORE-1: line 1 (A-1) × 1");
        facts.put(new OrderFact.Unroutable(one, "NO_STOCK"), "No location can fulfil line 1 (A-1) × 1 (NO_STOCK)");
        facts.put(new OrderFact.FulfillmentCancelled("WH-1", one, "order cancelled"),
                "Taken off the fulfilment order at WH-1: line 1 (A-1) × 1 (order cancelled)");
        facts.put(new OrderFact.Deferred(one, "no stock", Instant.parse("2026-11-26T12:00:00Z")),
                "No location can take line 1 (A-1) × 1 now (no stock); routing retries until 2026-11-26T12:00:00Z");
        facts.put(new OrderFact.PickupReminderDue("STORE-1", one, Instant.parse("2026-11-30T12:00:00Z")),
                "Still waiting for pickup at STORE-1: line 1 (A-1) × 1; the customer is reminded that it is held until 2026-11-30T12:00:00Z");
        facts.put(new OrderFact.PickupExpired("STORE-1", one, Instant.parse("2026-11-23T12:00:00Z")),
                "Pickup at STORE-1 expired, nobody collected line 1 (A-1) × 1 (ready since 2026-11-23T12:00:00Z); the store gave the units up");
        facts.put(new OrderFact.StockAllocated("WH-1", one, true),
                "Stock allocated at WH-1 for a rejected fulfilment order: line 1 (A-1) × 1");
        facts.put(new OrderFact.StockReleased("WH-1", one, null), "Stock released at WH-1: line 1 (A-1) × 1");
        facts.put(new OrderFact.StockAllocationFailed("WH-1", one, "short"),
                "Stock allocation failed at WH-1 (short), short: line 1 (A-1) × 1; the lines are to be routed again");
        facts.put(new OrderFact.PaymentCaptured(Money.of("30.00", "EUR")), "Captured 30.00 EUR");
        facts.put(new OrderFact.InvoiceIssued("INV-1", "EUR", new BigDecimal("30.00"), null), "Invoice INV-1 issued: 30.00 EUR gross");
        facts.put(new OrderFact.RefundIssued(Money.of("10.00", "EUR"), one), "Refunded 10.00 EUR: line 1 (A-1) × 1");
        facts.put(new OrderFact.AuthorizationReleased(Money.of("5.00", "EUR"), "cancelled"),
                "Authorisation of 5.00 EUR released (cancelled)");
        facts.put(new OrderFact.ReturnReceived("WH-1", one), "Return received at WH-1: line 1 (A-1) × 1");
        facts.put(new OrderFact.NotificationSent("ORDER_SHIPPED", "EMAIL", "anna@example.com"),
                "Customer told ORDER_SHIPPED by EMAIL to anna@example.com");
        facts.put(new OrderFact.Written("Shipped from WH-1: line 1 (A-1) × 2"), "Shipped from WH-1: line 1 (A-1) × 2");
        return facts;
    }
}

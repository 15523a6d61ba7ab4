package com.omnidom.order;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.order.order.domain.Address;
import com.omnidom.order.order.domain.Channel;
import com.omnidom.order.order.domain.Customer;
import com.omnidom.order.order.domain.Delivery;
import com.omnidom.order.order.domain.DeliveryMode;
import com.omnidom.order.order.domain.OrderDraft;
import com.omnidom.order.order.domain.TenderType;
import com.omnidom.testsupport.Http;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Orders for tests: request bodies as JSON (so tests can break them freely) and domain drafts. */
public final class SampleOrders {

    private SampleOrders() {
    }

    /**
     * The example: 2 × A-000001 at 19.99 shipped to Berlin, paid 29.98 by card and 10.00 by gift card. Customer
     * id and house number follow the order number, so many sample orders do not look like one customer's velocity.
     */
    public static ObjectNode aWebOrder(String orderNumber) {
        return (ObjectNode) Http.JSON.readTree("""
                {"channel":"WEB_SHOP","orderNumber":"%1$s",
                 "customer":{"customerId":"C-%1$s","name":"Anna Muster","email":"anna@example.com","phone":"+49 30 1234567","language":"de"},
                 "currency":"EUR",
                 "lines":[{"sku":"A-000001","quantity":2,"unitPrice":"19.99","taxRate":"0.19"}],
                 "delivery":{"mode":"SHIP","address":{"name":"Anna Muster","street":"Hauptstr. %2$d","postalCode":"10115","city":"Berlin","country":"DE"},
                             "geo":{"latitude":52.53,"longitude":13.38},"pickupLocationId":null},
                 "tenders":[{"type":"CARD","amount":"29.98","reference":"psp-auth-123"},{"type":"GIFT_CARD","amount":"10.00","reference":"GC-777"}],
                 "priority":false}
                """.formatted(orderNumber, Math.floorMod(orderNumber.hashCode(), 10_000)));
    }

    /** An order of {@code quantity} × A-000010 and 1 × B-000002, both at 10.00 (their catalog prices), paid by card. */
    public static ObjectNode aTwoLineOrder(String orderNumber, int quantity) {
        ObjectNode order = aWebOrder(orderNumber);
        ArrayNode lines = order.putArray("lines");
        lines.addObject().put("sku", "A-000010").put("quantity", quantity).put("unitPrice", "10.00").put("taxRate", "0.19");
        lines.addObject().put("sku", "B-000002").put("quantity", 1).put("unitPrice", "10.00").put("taxRate", "0.07");
        ArrayNode tenders = order.putArray("tenders");
        tenders.addObject().put("type", "CARD").put("amount", BigDecimal.TEN.multiply(BigDecimal.valueOf(quantity + 1L))
                .setScale(2).toPlainString()).put("reference", "psp-auth-9");
        return order;
    }

    /** One line of {@code quantity} × {@code sku} at {@code unitPrice}, paid exactly by one card tender. */
    public static ObjectNode withOneLine(ObjectNode order, String sku, int quantity, String unitPrice) {
        ArrayNode lines = order.putArray("lines");
        lines.addObject().put("sku", sku).put("quantity", quantity).put("unitPrice", unitPrice).put("taxRate", "0.19");
        ArrayNode tenders = order.putArray("tenders");
        tenders.addObject().put("type", "CARD").put("amount", new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(quantity))
                .setScale(2).toPlainString()).put("reference", "psp-1");
        return order;
    }

    public static ObjectNode customer(ObjectNode order) {
        return (ObjectNode) order.get("customer");
    }

    public static ObjectNode address(ObjectNode order) {
        return (ObjectNode) order.get("delivery").get("address");
    }

    public static ObjectNode tender(ObjectNode order, int index) {
        return (ObjectNode) order.get("tenders").get(index);
    }

    public static ObjectNode line(ObjectNode order, int index) {
        return (ObjectNode) order.get("lines").get(index);
    }

    public static ObjectNode delivery(ObjectNode order) {
        return (ObjectNode) order.get("delivery");
    }

    /** A draft of {@code quantities.length} lines of the given quantities at 10.00 each, paid exactly by card. */
    public static OrderDraft aDraft(int... quantities) {
        List<OrderDraft.Line> lines = new ArrayList<>();
        int units = 0;
        for (int i = 0; i < quantities.length; i++) {
            lines.add(new OrderDraft.Line("SKU-" + (i + 1), quantities[i], new BigDecimal("10.00"), new BigDecimal("0.19")));
            units += quantities[i];
        }
        return new OrderDraft(Channel.WEB_SHOP, "WEB-1", new Customer("C-1", "Anna Muster", "anna@example.com", null, "de"),
                "EUR", lines, shipToBerlin(),
                List.of(new OrderDraft.Payment(TenderType.CARD, new BigDecimal("10.00").multiply(BigDecimal.valueOf(units)), "psp-1")),
                false);
    }

    public static Delivery shipToBerlin() {
        return new Delivery(DeliveryMode.SHIP, new Address("Anna Muster", "Hauptstr. 1", "10115", "Berlin", "DE"),
                new GeoPoint(52.53, 13.38), null);
    }
}

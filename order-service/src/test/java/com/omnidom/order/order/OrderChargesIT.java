package com.omnidom.order.order;

import com.omnidom.order.OrderTestClient;
import com.omnidom.order.TestCatalog;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.omnidom.order.SampleOrders.aWebOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** Charges besides the lines (shipping, gift wrap) on REST orders: stored, shown, in the total, the tenders and OrderAccepted. */
@OmnidomServiceTest
class OrderChargesIT {

    @BeforeEach
    void catalog(Wire wire, @Autowired JdbcTemplate jdbc) {
        TestCatalog.seed(wire, jdbc);
    }

    /** 2 × 19.99 + shipping 4.90 (its 4.90 list price less nothing) + gift wrap 2.50 = 47.38, by card and on account. */
    private static ObjectNode withCharges(String orderNumber) {
        ObjectNode order = aWebOrder(orderNumber);
        ArrayNode charges = order.putArray("charges");
        charges.addObject().put("type", "SHIPPING").put("name", "Express shipping").put("amount", "4.90").put("taxRate", "0.19")
                .putArray("discounts").addObject().put("code", "SHIP5").put("name", "Shipping 5 off").put("amount", "5.00");
        charges.addObject().put("type", "GIFT_WRAP").put("name", "Gift wrap").put("amount", "2.50").put("taxCategory", "STANDARD");
        ArrayNode tenders = order.putArray("tenders");
        tenders.addObject().put("type", "CARD").put("amount", "37.38").put("reference", "psp-auth-1");
        tenders.addObject().put("type", "ON_ACCOUNT").put("amount", "10.00");
        return order;
    }

    @Test
    void chargesAreStoredShownCountedInTheTotalAndPublished(Http http, @Autowired JdbcTemplate jdbc) {
        OrderTestClient client = new OrderTestClient(http, jdbc);
        JsonNode order = client.place(withCharges("CHG-1"));
        String id = order.get("id").asString();

        JsonNode read = client.order(id);
        assertThat(read.get("total").asString()).isEqualTo("47.38");
        assertThat(read.at("/lines/0/lineId").asString()).isEqualTo("1");
        assertThat(read.at("/charges/0/chargeId").asString()).isEqualTo("S1");
        assertThat(read.at("/charges/0/type").asString()).isEqualTo("SHIPPING");
        assertThat(read.at("/charges/0/amount").asString()).isEqualTo("4.90");
        assertThat(read.at("/charges/0/taxRate").asString()).isEqualTo("0.19");
        assertThat(read.at("/charges/0/discounts/0/code").asString()).isEqualTo("SHIP5");
        assertThat(read.at("/charges/0/discounts/0/amount").asString()).isEqualTo("5.00");
        assertThat(read.at("/charges/1/chargeId").asString()).isEqualTo("S2");
        assertThat(read.at("/charges/1/type").asString()).isEqualTo("GIFT_WRAP");
        assertThat(read.at("/charges/1/taxCategory").asString()).isEqualTo("STANDARD");
        assertThat(read.at("/charges/1/taxRate").isNull()).isTrue();
        assertThat(read.at("/tenders/1/type").asString()).isEqualTo("ON_ACCOUNT");
        assertThat(read.at("/tenders/1/reference").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT jsonb_array_length(charges) FROM customer_order WHERE id = ?::uuid",
                Integer.class, id)).isEqualTo(2);

        JsonNode accepted = client.lastEvent(id, "omnidom.order.order-accepted.v1");
        assertThat(accepted.get("total").asString()).isEqualTo("47.38");
        assertThat(accepted.at("/charges/0/chargeId").asString()).isEqualTo("S1");
        assertThat(accepted.at("/charges/0/amount").asString()).isEqualTo("4.90");
        assertThat(accepted.at("/charges/0/discounts/0/amount").asString()).isEqualTo("5.00");
        assertThat(accepted.at("/charges/1/type").asString()).isEqualTo("GIFT_WRAP");
        assertThat(accepted.at("/charges/1/taxCategory").asString()).isEqualTo("STANDARD");
        assertThat(accepted.at("/tenders/1/type").asString()).isEqualTo("ON_ACCOUNT");
    }

    @Test
    void tendersThatLeaveOutTheChargesAndBrokenChargesAre422AndNothingIsStored(Http http, @Autowired JdbcTemplate jdbc) {
        ObjectNode linesOnly = withCharges("CHG-2");
        ((ObjectNode) linesOnly.get("tenders").get(0)).put("amount", "29.98");
        ObjectNode broken = withCharges("CHG-3");
        ((ObjectNode) broken.get("charges").get(0)).put("amount", "-1.00");
        ((ObjectNode) broken.get("charges").get(1)).remove("taxCategory");
        ObjectNode onAccountWithReference = withCharges("CHG-4");
        ((ObjectNode) onAccountWithReference.get("tenders").get(1)).put("reference", "INV-1");
        ObjectNode unknownType = withCharges("CHG-5");
        ((ObjectNode) unknownType.get("charges").get(0)).put("type", "CARRIER_PIGEON");

        Http.Response short_ = http.post(OrderTestClient.ORDERS, linesOnly);
        Http.Response refused = http.post(OrderTestClient.ORDERS, broken);
        Http.Response referenced = http.post(OrderTestClient.ORDERS, onAccountWithReference);
        Http.Response unreadable = http.post(OrderTestClient.ORDERS, unknownType);

        assertThat(short_.status()).as(short_.text()).isEqualTo(422);
        assertThat(OrderTestClient.fields(short_)).containsExactly("tenders");
        assertThat(short_.json().at("/errors/0/message").asString()).contains("47.38").contains("charges 7.40");
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(OrderTestClient.fields(refused)).containsExactlyInAnyOrder("charges[0].amount", "charges[1].taxRate");
        assertThat(referenced.status()).as(referenced.text()).isEqualTo(422);
        assertThat(OrderTestClient.fields(referenced)).containsExactly("tenders[1].reference");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE order_number LIKE 'CHG-%' AND order_number <> 'CHG-1'",
                Long.class)).isZero();
    }
}

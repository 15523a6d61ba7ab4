package com.omnidom.order.shopify;

import com.omnidom.order.TestCatalog;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;


import static org.assertj.core.api.Assertions.assertThat;

/** A staging shop's test orders are taken like any order under {@code omnidom.order.shopify.test-orders: ACCEPT}; a cancelled one still is not. */
@OmnidomServiceTest
@TestPropertySource(properties = {"omnidom.order.shopify.secret=" + ShopifyTestOrdersAcceptedIT.SECRET,
        "omnidom.order.shopify.test-orders=ACCEPT"})
class ShopifyTestOrdersAcceptedIT {

    static final String SECRET = "shpss_staging_secret";

    @Test
    void aTestOrderIsAcceptedAndACancelledOneRejected(Http http, Wire wire, @Autowired JdbcTemplate jdbc) {
        TestCatalog.seed(wire, jdbc);
        // the payload is in EUR to Berlin here, so the seeded catalog (EUR, DE) knows its article at 199.00
        TestCatalog.publish(wire, jdbc, TestCatalog.article("IPOD-STAGING", "199.00"));
        ObjectNode test = (ObjectNode) Http.JSON.readTree(ShopifyTestPayloadIT.testPayload());
        test.put("currency", "EUR").put("financial_status", "paid").putNull("cancelled_at").putNull("cancel_reason");
        test.get("line_items").forEach(l -> ((ObjectNode) l).put("sku", "IPOD-STAGING"));
        ((ObjectNode) test.get("shipping_address")).put("country_code", "DE").put("city", "Berlin");
        ((ObjectNode) test.get("billing_address")).put("country_code", "DE");
        ObjectNode cancelled = test.deepCopy().put("id", 820982911946154700L).put("cancelled_at", "2019-06-04T13:53:06-04:00");

        Http.Response accepted = deliver(http, Http.JSON.writeValueAsString(test));
        Http.Response rejected = deliver(http, Http.JSON.writeValueAsString(cancelled));

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("total").asString()).isEqualTo("403.00");
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
    }

    private static Http.Response deliver(Http http, String body) {
        return ShopifyIT.signedAndDelivered(http, body, SECRET, null);
    }
}

package com.omnidom.order;

import com.omnidom.testsupport.Wire;
import org.junit.jupiter.api.BeforeEach;
import com.omnidom.platform.security.SecurityProperties;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.omnidom.order.OrderTestClient.ORDERS;
import static com.omnidom.order.SampleOrders.aWebOrder;
import static com.omnidom.order.SampleOrders.customer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A channel client posts and reads only its own channel's orders; a customer-service agent takes call-centre orders
 * and reads every channel's; one channel's customer id is not another's.
 */
@OmnidomServiceTest
class ChannelScopeIT {

    /** Orders are checked against the catalog: the sample orders' articles, published as catalog-service would. */
    @BeforeEach
    void articlesInTheReplica(Wire wire, @Autowired JdbcTemplate jdbcTemplate) {
        TestCatalog.seed(wire, jdbcTemplate);
    }

    static final TestCaller WEB_SHOP = TestCaller.of("eshop-web", "channel").withChannel("WEB_SHOP");
    static final TestCaller MARKETPLACE = TestCaller.of("marketplace", "channel").withChannel("MARKETPLACE");
    static final TestCaller AGENT = TestCaller.of("carla", "cs-agent");

    private final Http http;
    private final JdbcTemplate jdbc;

    ChannelScopeIT(Http http, @Autowired JdbcTemplate jdbc) {
        this.http = http;
        this.jdbc = jdbc;
    }

    @Test
    void aChannelPostsOnlyForItsOwnChannelAndNothingIsStoredOtherwise() {
        Http.Response own = http.as(WEB_SHOP).post(ORDERS, aWebOrder("SCOPE-OWN"));
        assertThat(own.status()).as(own.text()).isEqualTo(201);

        ObjectNode foreign = aWebOrder("SCOPE-FOREIGN").put("channel", "MARKETPLACE");
        Http.Response refused = http.as(WEB_SHOP).post(ORDERS, foreign);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("WEB_SHOP");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE order_number = 'SCOPE-FOREIGN'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer WHERE customer_id = 'C-SCOPE-FOREIGN'", Long.class))
                .isZero();
        // a channel claim that names no channel is a broken token, not a licence
        assertThat(http.as(TestCaller.of("odd", "channel").withChannel("FAX")).post(ORDERS, aWebOrder("SCOPE-FAX")).status())
                .isEqualTo(403);
    }

    @Test
    void anAgentTakesCallCentreOrdersOnly() {
        Http.Response byPhone = http.as(AGENT).post(ORDERS, aWebOrder("SCOPE-PHONE").put("channel", "CALL_CENTER"));
        assertThat(byPhone.status()).as(byPhone.text()).isEqualTo(201);
        assertThat(http.as(AGENT).post(ORDERS, aWebOrder("SCOPE-AS-SHOP")).status()).isEqualTo(403);
        assertThat(http.as(TestCaller.of("rick", "risk-reviewer")).post(ORDERS, aWebOrder("SCOPE-RISK")).status())
                .isEqualTo(403);
    }

    @Test
    void aChannelReadsOnlyItsOwnOrdersAnotherChannelsIsNotThere() {
        ObjectNode web = aWebOrder("SCOPE-READ-WEB");
        customer(web).put("customerId", "C-SCOPE-SHARED");
        ObjectNode market = aWebOrder("SCOPE-READ-MP").put("channel", "MARKETPLACE");
        customer(market).put("customerId", "C-SCOPE-SHARED");
        String webId = http.as(WEB_SHOP).post(ORDERS, web).json().get("id").asString();
        String marketId = http.as(MARKETPLACE).post(ORDERS, market).json().get("id").asString();

        assertThat(http.as(WEB_SHOP).get(ORDERS + "/" + webId).status()).isEqualTo(200);
        Http.Response foreign = http.as(WEB_SHOP).get(ORDERS + "/" + marketId);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).doesNotContain("SCOPE-READ-MP");
        assertThat(http.as(AGENT).get(ORDERS + "/" + marketId).status()).isEqualTo(200);

        assertThat(numbers(http.as(WEB_SHOP).get(ORDERS + "?customerId=C-SCOPE-SHARED"))).containsExactly("SCOPE-READ-WEB");
        assertThat(numbers(http.as(WEB_SHOP).get(ORDERS + "?customerId=C-SCOPE-SHARED&channel=MARKETPLACE"))).isEmpty();
        assertThat(numbers(http.as(MARKETPLACE).get(ORDERS + "?customerId=C-SCOPE-SHARED"))).containsExactly("SCOPE-READ-MP");
        assertThat(numbers(http.as(AGENT).get(ORDERS + "?customerId=C-SCOPE-SHARED")))
                .containsExactlyInAnyOrder("SCOPE-READ-WEB", "SCOPE-READ-MP");
    }

    @Test
    void aCustomerIdIsTheChannelsOwn() {
        ObjectNode web = aWebOrder("SCOPE-CUST-WEB");
        customer(web).put("customerId", "C-SCOPE-TWIN").put("name", "Anna Web");
        ObjectNode market = aWebOrder("SCOPE-CUST-MP").put("channel", "MARKETPLACE");
        customer(market).put("customerId", "C-SCOPE-TWIN").put("name", "Bert Market");
        http.as(WEB_SHOP).post(ORDERS, web);
        http.as(MARKETPLACE).post(ORDERS, market);

        JsonNode webCustomer = http.as(AGENT).get("/api/v1/customers/C-SCOPE-TWIN?channel=WEB_SHOP").json();
        JsonNode marketCustomer = http.as(AGENT).get("/api/v1/customers/C-SCOPE-TWIN?channel=MARKETPLACE").json();
        assertThat(webCustomer.get("name").asString()).isEqualTo("Anna Web");
        assertThat(webCustomer.get("orders").asInt()).isEqualTo(1);
        assertThat(marketCustomer.get("name").asString()).isEqualTo("Bert Market");
        assertThat(marketCustomer.get("orders").asInt()).isEqualTo(1);
        assertThat(http.as(AGENT).get("/api/v1/customers/C-SCOPE-TWIN?channel=STORE_POS").status()).isEqualTo(404);
        assertThat(http.as(AGENT).get("/api/v1/customers/C-SCOPE-TWIN").status()).isEqualTo(400);
    }

    @Test
    void intakeLimitsAreGenerousEnoughForTheDemo(@Autowired SecurityProperties security) {
        assertThat(security.rateLimits()).anySatisfy(limit -> {
            assertThat(limit.method()).isEqualTo(HttpMethod.POST);
            assertThat(limit.path()).isEqualTo(ORDERS);
            // the demo posts up to 100 orders/s from one client
            assertThat(limit.limit() * 1000L / limit.period().toMillis()).isGreaterThanOrEqualTo(100);
        });
        assertThat(security.rateLimits()).anySatisfy(limit -> assertThat(limit.method() + " " + limit.path())
                .isEqualTo("GET " + ORDERS));
    }

    private static java.util.List<String> numbers(Http.Response page) {
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return page.json().get("items").valueStream().map(o -> o.get("orderNumber").asString()).toList();
    }
}

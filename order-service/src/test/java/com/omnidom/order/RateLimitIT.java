package com.omnidom.order;

import com.omnidom.testsupport.Wire;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.BeforeEach;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static com.omnidom.order.OrderTestClient.ORDERS;
import static com.omnidom.order.SampleOrders.aWebOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The intake and search limits of application.yml, made small so a test can exceed them: a client over its limit
 * gets 429 with Retry-After and nothing stored, another client goes on, and the first recovers.
 */
@OmnidomServiceTest
@TestPropertySource(properties = {
        "omnidom.security.rate-limits[0].method=POST", "omnidom.security.rate-limits[0].path=/api/v1/orders",
        "omnidom.security.rate-limits[0].limit=3", "omnidom.security.rate-limits[0].period=5s",
        "omnidom.security.rate-limits[1].method=GET", "omnidom.security.rate-limits[1].path=/api/v1/orders",
        "omnidom.security.rate-limits[1].limit=3", "omnidom.security.rate-limits[1].period=5s"})
class RateLimitIT {

    /** Orders are checked against the catalog: the sample orders' articles, published as catalog-service would. */
    @BeforeEach
    void articlesInTheReplica(Wire wire, @Autowired JdbcTemplate jdbcTemplate) {
        TestCatalog.seed(wire, jdbcTemplate);
    }

    @Test
    void aChannelOverItsIntakeLimitGets429ThenRecovers(Http http) {
        http.post(ORDERS, aWebOrder("RATE-WARM-UP"));
        // one token for all calls: the same client, and no signing time between the calls
        Http shop = http.withToken(TestCaller.of("busy-shop", "channel").withChannel("WEB_SHOP").token());
        List<Integer> statuses = IntStream.range(0, 4).mapToObj(i -> shop.post(ORDERS, aWebOrder("RATE-" + i)).status()).toList();

        assertThat(statuses).containsExactly(201, 201, 201, 429);
        Http.Response refused = shop.post(ORDERS, aWebOrder("RATE-REFUSED"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().getFirst("Retry-After")).isEqualTo("5");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(http.get(ORDERS + "?customerId=C-RATE-REFUSED").json().get("totalItems").asLong()).isZero();
        assertThat(http.as(TestCaller.of("other-shop", "channel").withChannel("WEB_SHOP")).post(ORDERS, aWebOrder("RATE-OTHER"))
                .status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> shop.post(ORDERS, aWebOrder("RATE-LATER-" + System.nanoTime()))
                .status() == 201);
    }

    @Test
    void searchesAreLimitedPerClient(Http http) {
        Http agent = http.withToken(TestCaller.of("searching-agent", "cs-agent").token());
        List<Integer> statuses = IntStream.range(0, 4).mapToObj(i -> agent.get(ORDERS + "?status=ACCEPTED").status()).toList();

        assertThat(statuses).containsExactly(200, 200, 200, 429);
        // reading one order is no search
        assertThat(agent.get(ORDERS + "/00000000-0000-0000-0000-000000000001").status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(20)).until(() -> agent.get(ORDERS + "?status=ACCEPTED").status() == 200);
    }
}

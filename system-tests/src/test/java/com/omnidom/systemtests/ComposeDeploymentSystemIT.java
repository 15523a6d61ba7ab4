package com.omnidom.systemtests;

import com.omnidom.testsupport.Http;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What only the container deployment (docker-compose.yml, {@link ComposeCluster}) has: two replicas each of
 * routing-service and inventory-service — each replica owns part of every multi-partition topic its service consumes,
 * and orders flowing through both are routed, allocated, shipped and captured exactly once — and Prometheus scraping
 * every instance with its own token.
 */
@ExtendWith(RunningSystem.class)
class ComposeDeploymentSystemIT {

    private static final int ORDERS = 12;
    private static final int UNITS = 2;
    private static final int STOCK = 100;

    private final TheSystem system;

    ComposeDeploymentSystemIT(TheSystem system) {
        this.system = system;
    }

    @Test
    void replicasShareThePartitionsAndEveryOrderTakesEffectOnce() throws Exception {
        Cluster cluster = system.cluster();
        assumeTrue(cluster instanceof ComposeCluster, "the services run as processes, one instance each");

        try (Admin admin = cluster.admin()) {
            for (String group : List.of("routing-service", "inventory-service")) {
                // a rebalance may still be under way right after the start
                await().atMost(TheSystem.PATIENCE).untilAsserted(() -> assertSharedByReplicas(admin, group,
                        cluster.ports(group).size()));
            }
        }

        String sku = system.newArticle("SKU-SCALE-", "10.00");
        assertThat(system.inventory.put("/api/v1/stock/" + Retailer.WAREHOUSE_BERLIN + "/" + sku, Map.of("onHand", STOCK))
                .status()).isIn(200, 201);
        List<String> orderIds = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            orderIds.add(system.placeOrder(Retailer.shipToBerlin("scaled-" + i + "-" + UUID.randomUUID() + "@example.com", "en",
                    List.of(Retailer.line(sku, UNITS, "10.00")))));
        }

        List<String> fulfillmentIds = new ArrayList<>();
        for (String orderId : orderIds) {
            JsonNode fulfillment = system.awaitFulfillments(orderId, 1).getFirst();
            system.awaitFulfillmentStatus(fulfillment.get("fulfillmentId").asString(), "ALLOCATED");
            fulfillmentIds.add(fulfillment.get("fulfillmentId").asString());
        }
        // every unit allocated once: no fulfilment order was allocated twice, by either replica
        assertThat(system.stock(Retailer.WAREHOUSE_BERLIN, sku).get("allocated").asInt()).isEqualTo(ORDERS * UNITS);

        // the warehouse works its orders through both routing replicas
        for (int i = 0; i < fulfillmentIds.size(); i++) {
            system.ship(fulfillmentIds.get(i), i % cluster.ports("routing-service").size());
        }
        for (String orderId : orderIds) {
            system.awaitOrderStatus(orderId, "COMPLETED");
            JsonNode payment = system.awaitPayment(orderId,
                    p -> TheSystem.decimal(p, "captured").compareTo(new BigDecimal("20.00")) == 0
                            && p.get("captures").size() >= 1);
            assertThat(payment.get("captures")).hasSize(1);
            assertThat(system.fulfillmentsOf(orderId)).hasSize(1);
        }
        await().atMost(TheSystem.PATIENCE).untilAsserted(() -> {
            JsonNode stock = system.stock(Retailer.WAREHOUSE_BERLIN, sku);
            assertThat(stock.get("onHand").asInt()).isEqualTo(STOCK - ORDERS * UNITS);
            assertThat(stock.get("allocated").asInt()).isZero();
        });
    }

    @Test
    void prometheusScrapesEveryInstanceOfEveryServiceWithTheOpsClientsToken() {
        assumeTrue(system.cluster() instanceof ComposeCluster, "no Prometheus: the services run as processes");
        ComposeCluster cluster = (ComposeCluster) system.cluster();
        Http prometheus = new Http(cluster.port("prometheus"));
        int instances = Cluster.SERVICES.stream().mapToInt(s -> cluster.ports(s).size()).sum();

        // /actuator/prometheus answers the ops role only: a target is up once its scrape with the token succeeded
        await().atMost(TheSystem.PATIENCE).untilAsserted(() -> {
            JsonNode targets = prometheus.get("/api/v1/targets?state=active").json().get("data").get("activeTargets");
            List<String> health = new ArrayList<>();
            targets.forEach(t -> health.add(t.get("labels").get("service").asString() + "=" + t.get("health").asString()));
            assertThat(health).hasSize(instances).allSatisfy(h -> assertThat(h).endsWith("=up"));
        });
    }

    /**
     * Every replica (a host of the group's members) has partitions, and each topic the group reads with more than one
     * partition is split between the replicas: each record goes to one of them only.
     */
    private static void assertSharedByReplicas(Admin admin, String group, int replicas) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        Map<String, Set<TopicPartition>> byHost = new HashMap<>();
        for (MemberDescription member : description.members()) {
            byHost.computeIfAbsent(member.host(), h -> new HashSet<>()).addAll(member.assignment().topicPartitions());
        }
        assertThat(byHost).as("%s: partitions per replica", group).hasSize(replicas);
        assertThat(byHost.values()).as("%s: every replica has partitions", group).allSatisfy(p -> assertThat(p).isNotEmpty());
        Map<String, Set<String>> hostsPerTopic = new HashMap<>();
        Map<String, Integer> partitionsPerTopic = new HashMap<>();
        byHost.forEach((host, partitions) -> partitions.forEach(p -> {
            hostsPerTopic.computeIfAbsent(p.topic(), t -> new HashSet<>()).add(host);
            partitionsPerTopic.merge(p.topic(), 1, Integer::sum);
        }));
        hostsPerTopic.forEach((topic, hosts) -> {
            if (partitionsPerTopic.get(topic) > 1) assertThat(hosts).as("%s: replicas reading %s", group, topic).hasSize(replicas);
        });
    }
}

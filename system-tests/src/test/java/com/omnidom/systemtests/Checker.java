package com.omnidom.systemtests;

import com.omnidom.systemtests.FaultTraffic.PlacedOrder;
import com.omnidom.testsupport.Http;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The ground truths after a fault-injection run, read from outside the services' code: plain SQL on each service's
 * database, the PSP simulator's ledger over HTTP, the mail the SMTP server received and the broker's topics and group
 * offsets. Compares them with what the shop was answered ({@link FaultTraffic}) and the opening stock; each broken
 * invariant becomes one precise line.
 */
final class Checker {

    private static final Set<String> HANDED_OVER = Set.of("SHIPPED", "PICKED_UP");
    private static final Set<String> ENDED = Set.of("REJECTED", "FAILED", "CANCELLED");

    /** A fulfilment order as routing-service's table holds it. */
    record Fulfillment(String id, String orderId, String locationId, String status, Map<String, Integer> units) {
    }

    /** What the check found: the broken invariants and the totals of the report. */
    record Findings(List<String> violations, Map<String, Object> totals, List<String> deadLetters) {
    }

    private final FaultCluster cluster;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Object> totals = new LinkedHashMap<>();

    Checker(FaultCluster cluster) {
        this.cluster = cluster;
    }

    /** Orders not finished yet (not COMPLETED, CANCELLED, REJECTED or RETURNED) in order-service's database; -1 if it does not answer. */
    static int ordersInFlight(FaultCluster cluster) {
        try (Connection c = cluster.connect(FaultCluster.database("order-service"));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM customer_order WHERE status NOT IN ('COMPLETED','CANCELLED','REJECTED','RETURNED')")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Unsent outbox rows over every service; -1 if a database does not answer. */
    static long unsentOutbox(FaultCluster cluster) {
        long unsent = 0;
        for (String service : Cluster.SERVICES) {
            try (Connection c = cluster.connect(FaultCluster.database(service));
                 ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM outbox WHERE sent_at IS NULL")) {
                rs.next();
                unsent += rs.getLong(1);
            } catch (SQLException e) {
                return -1;
            }
        }
        return unsent;
    }

    Findings check(FaultTraffic traffic, Map<String, Integer> openingStock) throws Exception {
        List<PlacedOrder> placed = traffic.placed();
        totals.put("orders posted", traffic.posted());
        totals.put("orders answered 200/201", placed.size());
        totals.put("orders never answered (shop gave up)", traffic.refused().size());
        totals.put("the shop's last answer for those", traffic.refused().values().stream()
                .map(v -> v.length() > 90 ? v.substring(0, 90) + "…" : v)
                .collect(java.util.stream.Collectors.groupingBy(v -> v, TreeMap::new, java.util.stream.Collectors.counting())));

        Map<String, String[]> orders = orders();
        Map<String, List<Fulfillment>> fulfillments = fulfillments();
        checkOrders(placed, orders, traffic.refused().keySet());
        Map<String, BigDecimal> shippedValue = checkFulfillments(placed, fulfillments);
        checkPayments(placed, fulfillments, shippedValue);
        checkStock(openingStock, fulfillments);
        checkMail(placed, fulfillments);
        checkLeftovers();
        List<String> deadLetters = checkDeadLetters();
        checkConsumerGroups();
        totals.put("broken invariants", violations.size());
        return new Findings(List.copyOf(violations), totals, deadLetters);
    }

    // ---------------------------------------------------------------- orders: none lost, none twice, all finished

    /** order id → {order number, status}. */
    private Map<String, String[]> orders() throws SQLException {
        Map<String, String[]> orders = new HashMap<>();
        query("order-service", "SELECT id::text, order_number, status FROM customer_order",
                rs -> orders.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3)}));
        return orders;
    }

    private void checkOrders(List<PlacedOrder> placed, Map<String, String[]> orders, Set<String> refused) {
        int lost = 0, unfinished = 0;
        Map<String, Integer> byNumber = new HashMap<>();
        orders.values().forEach(o -> byNumber.merge(o[0], 1, Integer::sum));
        Map<String, Integer> statuses = new TreeMap<>();
        for (PlacedOrder order : placed) {
            String[] row = orders.get(order.id());
            if (row == null) {
                lost++;
                violations.add("order lost: " + order.orderNumber() + " (id " + order.id() + ") was answered "
                        + "but is not in order-service's customer_order");
                continue;
            }
            statuses.merge(row[1], 1, Integer::sum);
            if (!row[1].equals("COMPLETED")) {
                unfinished++;
                violations.add("order not finished: " + order.orderNumber() + " (id " + order.id() + ", " + order.mode()
                        + ") is " + row[1] + ", expected COMPLETED");
            }
        }
        long duplicated = byNumber.entrySet().stream().filter(e -> e.getValue() > 1)
                .peek(e -> violations.add("order duplicated: " + e.getKey() + " exists " + e.getValue() + " times")).count();
        long createdUnanswered = refused.stream().filter(byNumber::containsKey).count();
        totals.put("orders lost", lost);
        totals.put("orders duplicated", duplicated);
        totals.put("orders not finished", unfinished);
        totals.put("order statuses", statuses);
        totals.put("orders created though the shop gave up on them", createdUnanswered);
    }

    // ---------------------------------------------------------------- fulfilment: every unit assigned once and handed over

    private Map<String, List<Fulfillment>> fulfillments() throws SQLException {
        Map<String, List<Fulfillment>> byOrder = new HashMap<>();
        query("routing-service", "SELECT id::text, order_id::text, location_id, status, lines::text FROM fulfillment_order", rs -> {
            Map<String, Integer> units = new HashMap<>();
            for (JsonNode line : Http.JSON.readTree(rs.getString(5))) {
                units.merge(line.get("sku").asString(), line.get("quantity").asInt(), Integer::sum);
            }
            byOrder.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                    .add(new Fulfillment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), units));
        });
        return byOrder;
    }

    /** Returns the value handed over per order id. */
    private Map<String, BigDecimal> checkFulfillments(List<PlacedOrder> placed, Map<String, List<Fulfillment>> fulfillments) {
        Map<String, BigDecimal> value = new HashMap<>();
        int handedOver = 0, split = 0, rejected = 0;
        for (PlacedOrder order : placed) {
            List<Fulfillment> all = fulfillments.getOrDefault(order.id(), List.of());
            Map<String, Integer> held = new HashMap<>(), shipped = new HashMap<>();
            BigDecimal shippedValue = BigDecimal.ZERO;
            for (Fulfillment f : all) {
                if (!ENDED.contains(f.status())) f.units().forEach((sku, q) -> held.merge(sku, q, Integer::sum));
                if (HANDED_OVER.contains(f.status())) {
                    handedOver++;
                    for (var unit : f.units().entrySet()) {
                        shipped.merge(unit.getKey(), unit.getValue(), Integer::sum);
                        shippedValue = shippedValue.add(order.price(unit.getKey()).multiply(BigDecimal.valueOf(unit.getValue())));
                    }
                }
            }
            if (all.stream().filter(f -> !ENDED.contains(f.status())).count() > 1) split++;
            rejected += (int) all.stream().filter(f -> f.status().equals("REJECTED")).count();
            value.put(order.id(), shippedValue);
            if (!held.equals(order.quantities())) {
                violations.add("units not assigned exactly once: " + order.orderNumber() + "'s live fulfilment orders hold " + held
                        + ", the order has " + order.quantities() + " " + describe(all));
            } else if (!shipped.equals(order.quantities())) {
                violations.add("units not handed over: " + order.orderNumber() + " handed over " + shipped + " of " + order.quantities()
                        + " " + describe(all));
            }
        }
        totals.put("fulfilment orders handed over", handedOver);
        totals.put("orders split over locations", split);
        totals.put("fulfilment orders rejected by a store (re-routed)", rejected);
        return value;
    }

    private static String describe(List<Fulfillment> fulfillments) {
        return fulfillments.stream().map(f -> f.id().substring(0, 8) + "@" + f.locationId() + ":" + f.status() + f.units()).toList().toString();
    }

    // ---------------------------------------------------------------- money: captured = value handed over, once, at the PSP

    private void checkPayments(List<PlacedOrder> placed, Map<String, List<Fulfillment>> fulfillments,
                               Map<String, BigDecimal> shippedValue) throws Exception {
        Map<String, BigDecimal> capturedInService = new HashMap<>();
        query("payment-service", "SELECT order_id::text, captured FROM payment", rs -> capturedInService.put(rs.getString(1), rs.getBigDecimal(2)));
        Map<String, String> captureByFulfillment = new HashMap<>();
        query("payment-service", "SELECT fulfillment_id::text, order_id::text FROM capture",
                rs -> captureByFulfillment.put(rs.getString(1), rs.getString(2)));
        BigDecimal atPsp = BigDecimal.ZERO, shipped = BigDecimal.ZERO;
        int captures = 0;
        for (PlacedOrder order : placed) {
            BigDecimal expected = shippedValue.getOrDefault(order.id(), BigDecimal.ZERO);
            shipped = shipped.add(expected);
            for (Fulfillment f : fulfillments.getOrDefault(order.id(), List.of())) {
                boolean captured = captureByFulfillment.containsKey(f.id());
                if (captured) captures++;
                if (HANDED_OVER.contains(f.status()) && !captured) {
                    violations.add("capture missing: " + order.orderNumber() + "'s fulfilment " + f.id() + " is " + f.status()
                            + " but payment-service has no capture for it");
                } else if (!HANDED_OVER.contains(f.status()) && captured) {
                    violations.add("capture without shipment: " + order.orderNumber() + "'s fulfilment " + f.id() + " is "
                            + f.status() + " but was captured");
                }
            }
            BigDecimal inService = capturedInService.get(order.id());
            if (inService == null ? expected.signum() != 0 : inService.compareTo(expected) != 0) {
                violations.add("payment-service capture ≠ value handed over: " + order.orderNumber() + " captured " + inService + ", handed over " + expected);
            }
            BigDecimal psp = pspCaptured(order.authorization());
            atPsp = atPsp.add(psp);
            if (psp.compareTo(expected) != 0) {
                violations.add("PSP capture ≠ value handed over: authorisation " + order.authorization() + " of " + order.orderNumber() + " captured "
                        + psp + ", the value handed over is " + expected + (psp.compareTo(expected) > 0 ? " (captured twice?)" : ""));
            }
            if (psp.compareTo(order.total()) > 0) {
                violations.add("PSP capture > authorised: " + order.orderNumber() + " captured " + psp + ", more than the " + order.total() + " authorised");
            }
        }
        totals.put("captures in payment-service", captures);
        totals.put("value handed over (EUR)", shipped);
        totals.put("captured at the PSP (EUR)", atPsp);
    }

    private BigDecimal pspCaptured(String authorization) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(cluster.pspUrl() + "/v1/authorizations/" + authorization))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) return BigDecimal.ZERO;
        if (response.statusCode() != 200) throw new IllegalStateException("PSP ledger answered " + response.statusCode() + ": " + response.body());
        return new BigDecimal(Http.JSON.readTree(response.body()).get("captured").asString());
    }

    // ---------------------------------------------------------------- stock: conserved per article and location

    private void checkStock(Map<String, Integer> opening, Map<String, List<Fulfillment>> fulfillments) throws SQLException {
        Map<String, Integer> shipped = new HashMap<>();
        fulfillments.values().stream().flatMap(List::stream).filter(f -> HANDED_OVER.contains(f.status()))
                .forEach(f -> f.units().forEach((sku, q) -> shipped.merge(sku + "@" + f.locationId(), q, Integer::sum)));
        Map<String, int[]> stock = new HashMap<>();
        query("inventory-service", "SELECT sku, location_id, on_hand, allocated FROM stock",
                rs -> stock.put(rs.getString(1) + "@" + rs.getString(2), new int[]{rs.getInt(3), rs.getInt(4)}));
        for (var entry : opening.entrySet()) {
            int[] row = stock.get(entry.getKey());
            int out = shipped.getOrDefault(entry.getKey(), 0);
            if (row == null) {
                violations.add("stock row gone: " + entry.getKey() + " is no longer in inventory-service");
                continue;
            }
            // no receipts, returns or restocking in this run: on hand + handed over = opening
            if (row[0] + out != entry.getValue()) {
                violations.add("stock not conserved: " + entry.getKey() + " on hand " + row[0] + " + handed over " + out
                        + " = " + (row[0] + out) + ", opening stock was " + entry.getValue());
            }
            if (row[1] != 0) {
                violations.add("stock left allocated: " + entry.getKey() + " has " + row[1] + " allocated after the drain");
            }
        }
        totals.put("units handed over", shipped.values().stream().mapToInt(Integer::intValue).sum());
    }

    // ---------------------------------------------------------------- mail: one per kind (and shipment) per order

    private void checkMail(List<PlacedOrder> placed, Map<String, List<Fulfillment>> fulfillments) throws Exception {
        Map<String, List<String>> subjectsTo = new HashMap<>();
        List<MimeMessage> all = cluster.allMail();
        // delivery is at least once: a kill between the SMTP server's acceptance and the commit sends the message again,
        // with the same Message-ID, which mail clients show once; a second message (another Message-ID) is a violation
        Set<String> seen = new HashSet<>();
        int resent = 0;
        for (MimeMessage message : all) {
            if (!seen.add(message.getMessageID())) {
                resent++;
                continue;
            }
            for (var to : message.getAllRecipients()) subjectsTo.computeIfAbsent(((InternetAddress) to).getAddress(), k -> new ArrayList<>()).add(message.getSubject());
        }
        int missing = 0, extra = 0;
        for (PlacedOrder order : placed) {
            // the confirmation, then one per shipment (or one when ready for pickup)
            long expected = 1 + fulfillments.getOrDefault(order.id(), List.of()).stream().filter(f -> HANDED_OVER.contains(f.status())).count();
            List<String> subjects = subjectsTo.getOrDefault(order.email(), List.of());
            if (subjects.size() != expected) {
                if (subjects.size() < expected) missing++;
                else extra++;
                violations.add("e-mails ≠ one per kind: " + order.orderNumber() + "'s customer received " + subjects.size() + ", " + expected
                        + " expected " + subjects);
            }
        }
        totals.put("e-mails received", all.size());
        totals.put("e-mails re-sent after a crash (same Message-ID)", resent);
        totals.put("orders missing an e-mail", missing);
        totals.put("orders with an e-mail too many", extra);
    }

    // ---------------------------------------------------------------- the stream: nothing unsent, nothing dead, nothing unread

    /** Nothing left behind in any service: no unsent event, no event still parked, no open dead letter. */
    private void checkLeftovers() throws SQLException {
        leftovers("unsent outbox rows", "SELECT count(*) FROM outbox WHERE sent_at IS NULL");
        leftovers("parked events still waiting", "SELECT count(*) FROM parked_event");
        leftovers("open dead letters in the services' tables", "SELECT count(*) FROM dead_letter WHERE status = 'OPEN'");
    }

    private void leftovers(String what, String countSql) throws SQLException {
        long total = 0;
        for (String service : Cluster.SERVICES) {
            long[] count = new long[1];
            query(service, countSql, rs -> count[0] = rs.getLong(1));
            total += count[0];
            if (count[0] > 0) violations.add(what + ": " + service + " has " + count[0]);
        }
        totals.put(what, total);
    }

    private List<String> checkDeadLetters() throws Exception {
        List<String> samples = new ArrayList<>();
        long total = 0;
        try (Admin admin = cluster.admin()) {
            List<String> dlts = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().filter(t -> t.endsWith(".DLT")).sorted().toList();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>(), latest = new HashMap<>();
            for (var description : admin.describeTopics(dlts).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                description.partitions().forEach(p -> {
                    earliest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.earliest());
                    latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest());
                });
            }
            Map<TopicPartition, ListOffsetsResultInfo> begin = admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResultInfo> end = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            Map<String, Long> perTopic = new TreeMap<>();
            List<TopicPartition> withRecords = new ArrayList<>();
            for (var e : end.entrySet()) {
                long count = e.getValue().offset() - begin.get(e.getKey()).offset();
                if (count > 0) {
                    perTopic.merge(e.getKey().topic(), count, Long::sum);
                    withRecords.add(e.getKey());
                }
            }
            total = perTopic.values().stream().mapToLong(Long::longValue).sum();
            perTopic.forEach((topic, count) -> violations.add("dead letters: " + count + " record(s) on " + topic + " (this run injects none on purpose)"));
            if (!withRecords.isEmpty()) samples.addAll(read(withRecords));
        }
        totals.put("dead letters", total);
        return samples;
    }

    private List<String> read(List<TopicPartition> partitions) {
        Map<String, Object> config = new HashMap<>(cluster.superUser());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> samples = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long until = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < until && samples.size() < 50) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    samples.add(r.topic() + " key " + r.key() + " type " + header(r, "ce_type") + ": "
                            + header(r, "kafka_dlt-exception-fqcn") + " " + header(r, "kafka_dlt-exception-message"));
                }
                if (samples.size() >= partitions.size() && consumer.assignment().stream()
                        .allMatch(tp -> consumer.position(tp) >= consumer.endOffsets(List.of(tp)).get(tp))) break;
            }
        }
        return samples;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) return "-";
        String value = new String(header.value(), StandardCharsets.UTF_8);
        return value.length() > 300 ? value.substring(0, 300) + "…" : value;
    }

    /** Every service's consumer group has read everything on its topics: no partition stuck. */
    private void checkConsumerGroups() throws Exception {
        long total = 0;
        for (var group : consumerLag(cluster).entrySet()) {
            group.getValue().forEach((topic, lag) -> violations.add("consumer lag: group " + group.getKey() + " has "
                    + lag + " unread record(s) on " + topic));
            total += group.getValue().values().stream().mapToLong(Long::longValue).sum();
        }
        totals.put("unread records (consumer lag)", total);
    }

    /** Unread records per service's consumer group and topic (only those with some), from the broker's offsets. */
    static Map<String, Map<String, Long>> consumerLag(FaultCluster cluster) throws Exception {
        Map<String, Map<String, Long>> lags = new TreeMap<>();
        try (Admin admin = cluster.admin()) {
            for (String group : Cluster.SERVICES) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                if (committed.isEmpty()) continue;
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                Map<String, Long> lagPerTopic = new TreeMap<>();
                for (var end : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet()) {
                    long lag = end.getValue().offset() - committed.get(end.getKey()).offset();
                    if (lag > 0) lagPerTopic.merge(end.getKey().topic(), lag, Long::sum);
                }
                if (!lagPerTopic.isEmpty()) lags.put(group, lagPerTopic);
            }
        }
        return lags;
    }

    /** All unread records of the services' groups; -1 while the broker cannot say. */
    static long totalLag(FaultCluster cluster) {
        try {
            return consumerLag(cluster).values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        } catch (Exception unavailable) {
            return -1;
        }
    }

    // ---------------------------------------------------------------- helpers

    @FunctionalInterface
    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String service, String sql, Row row) throws SQLException {
        try (Connection c = cluster.connect(FaultCluster.database(service)); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) row.read(rs);
        }
    }
}

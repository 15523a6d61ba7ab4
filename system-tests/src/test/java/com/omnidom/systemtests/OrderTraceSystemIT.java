package com.omnidom.systemtests;

import com.omnidom.testsupport.Http;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Logs and traces of one order (docs/logs-and-traces.md), shipped, captured, mailed about and returned: where the
 * services run as processes, their logs are JSON lines and none holds the customer's personal data; and (not yet
 * true, disabled) every event about it, from every service it touched, carries the trace of its intake.
 */
@ExtendWith(RunningSystem.class)
class OrderTraceSystemIT {

    private static final Set<String> TOUCHING_AN_ORDER = Set.of("order-service", "routing-service", "inventory-service",
            "payment-service", "notification-service", "returns-service");

    private final TheSystem system;

    OrderTraceSystemIT(TheSystem system) {
        this.system = system;
    }

    @Test
    void noServiceLogHoldsTheCustomersPersonalData() throws Exception {
        Customer customer = Customer.unique();
        String orderId = shipAndReturn(customer);
        if (!(system.cluster() instanceof LocalCluster)) {
            System.out.println("service logs not read: they are files only where the services run as processes");
            return;
        }
        checkLogs(customer);
        System.out.printf("order %s: no service log holds %s%n", orderId, customer.personalData());
    }

    /**
     * Every record about the order, whichever service wrote it and whatever appended it (a consumer, a location's
     * request, routing's priority window, the mail sender's job), carries the trace of the order's intake.
     */
    @Test
    void everyEventOfAnOrderCarriesTheTraceOfItsIntake() throws Exception {
        String orderId = shipAndReturn(Customer.unique());
        // the events about the order, by the service that published them (ce_source), wait for the refund's mail
        Map<String, List<Event>> bySource = await().atMost(TheSystem.PATIENCE).until(() -> eventsAbout(orderId),
                events -> events.keySet().containsAll(TOUCHING_AN_ORDER)
                        && events.get("notification-service").size() >= 3);
        Set<String> traceIds = new TreeSet<>();
        bySource.forEach((source, events) -> events.forEach(e -> {
            assertThat(e.traceparent()).as("%s %s of %s has a traceparent", source, e.type(), orderId)
                    .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
            traceIds.add(e.traceparent().substring(3, 35));
        }));
        assertThat(traceIds).as("trace ids of the events about order %s: %s", orderId, bySource).hasSize(1);
        System.out.printf("order %s: trace %s; events by service: %s%n", orderId, traceIds, summary(bySource));
    }

    /** An order by {@code customer}, shipped, captured, returned and refunded, with its three mails; its id. */
    private String shipAndReturn(Customer customer) {
        String orderId = system.placeOrder(customer.order());
        JsonNode fulfillment = system.awaitFulfillments(orderId, 1).getFirst();
        // the location ships in a request of its own
        system.ship(fulfillment.get("fulfillmentId").asString());
        system.awaitPayment(orderId, p -> TheSystem.decimal(p, "captured").compareTo(new BigDecimal("49.90")) == 0);
        system.returnOneAndReceiveAtBerlin(orderId);
        system.awaitPayment(orderId, p -> TheSystem.decimal(p, "refunded").compareTo(new BigDecimal("49.90")) == 0
                && p.get("refunds").size() == 1);
        system.awaitMails(customer.email(), 3); // confirmation, shipment, refund
        return orderId;
    }

    /** Each service's log: JSON lines naming the service, and none holds the customer's personal data. */
    private static void checkLogs(Customer customer) throws IOException {
        for (String service : Cluster.SERVICES) {
            Path log = Cluster.LOGS.resolve(service + ".log");
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (String personal : customer.personalData()) {
                assertThat(lines).as("%s's log holds personal data (%s)", service, personal)
                        .noneMatch(line -> line.contains(personal));
            }
            int json = 0;
            for (String line : lines) {
                if (!line.startsWith("{")) continue;
                assertThat(Http.JSON.readTree(line).path("service").path("name").asString()).as(line).isEqualTo(service);
                json++;
            }
            assertThat(json).as("%s logs JSON lines", service).isPositive();
        }
    }

    /** An event as read off Kafka. */
    record Event(String topic, String type, String traceparent) {
    }

    /** Every record on the services' topics whose key or body names the order, by its publishing service. */
    private Map<String, List<Event>> eventsAbout(String orderId) throws Exception {
        Map<String, List<Event>> bySource = new TreeMap<>();
        try (var admin = system.cluster().admin();
             var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.cluster().bootstrapServers(),
                     ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                     ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                     ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            List<String> topics = admin.listTopics().names().get().stream()
                    .filter(t -> !t.startsWith("_") && !t.endsWith(".DLT")).toList();
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(topics).allTopicNames().get().values().forEach(d -> d.partitions()
                    .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            Instant deadline = Instant.now().plusSeconds(30);
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (Instant.now().isAfter(deadline)) throw new AssertionError("topics not read to their end in 30 s");
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String body = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
                    if (!orderId.equals(record.key()) && !body.contains(orderId)) continue;
                    String source = header(record, "ce_source");
                    String service = source == null ? "?" : source.substring(source.lastIndexOf('/') + 1);
                    bySource.computeIfAbsent(service, s -> new ArrayList<>())
                            .add(new Event(record.topic(), header(record, "ce_type"), header(record, "traceparent")));
                }
            }
        }
        return bySource;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> summary(Map<String, List<Event>> bySource) {
        Map<String, List<String>> types = new TreeMap<>();
        bySource.forEach((source, events) -> types.put(source, events.stream().map(Event::type).toList()));
        return types;
    }

    /** A customer no other test uses: the personal data the logs must not hold. */
    record Customer(String name, String email, String phone, String street) {

        static Customer unique() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            int number = ThreadLocalRandom.current().nextInt(100, 999);
            return new Customer("Tracy Spurlos-" + suffix, "tracy-" + suffix + "@example.com",
                    "+4930" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999), "Spurweg " + number + suffix);
        }

        List<String> personalData() {
            return List.of(name, email, phone, street);
        }

        /** The retailer's ship-to-Berlin order, by this customer, to this customer's street. */
        Map<String, Object> order() {
            Map<String, Object> order = new HashMap<>(Retailer.shipToBerlin(email, "en",
                    List.of(Retailer.line("SKU-JACKET", 1, "49.90"))));
            @SuppressWarnings("unchecked")
            Map<String, Object> person = new HashMap<>((Map<String, Object>) order.get("customer"));
            person.put("name", name);
            person.put("phone", phone);
            order.put("customer", person);
            @SuppressWarnings("unchecked")
            Map<String, Object> delivery = new HashMap<>((Map<String, Object>) order.get("delivery"));
            @SuppressWarnings("unchecked")
            Map<String, Object> address = new HashMap<>((Map<String, Object>) delivery.get("address"));
            address.put("name", name);
            address.put("street", street);
            delivery.put("address", address);
            order.put("delivery", delivery);
            return order;
        }
    }
}

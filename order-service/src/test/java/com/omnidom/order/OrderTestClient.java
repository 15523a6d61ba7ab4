package com.omnidom.order;

import com.omnidom.events.Topics;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.Wire;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST calls and outbox reads the order-service integration tests share. */
public final class OrderTestClient {

    public static final String ORDERS = "/api/v1/orders";

    private final Http http;
    private final JdbcTemplate jdbc;

    public OrderTestClient(Http http, JdbcTemplate jdbc) {
        this.http = http;
        this.jdbc = jdbc;
    }

    public Http http() {
        return http;
    }

    /** Places the order and expects 201. */
    public JsonNode place(ObjectNode order) {
        Http.Response created = http.post(ORDERS, order);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json();
    }

    public JsonNode order(String id) {
        return http.get(ORDERS + "/" + id).json();
    }

    /** ce_types of the order's events in the outbox, in publication order. */
    public List<String> eventTypes(String orderId) {
        return jdbc.queryForList("SELECT type FROM outbox WHERE aggregatetype = ? AND aggregateid = ? ORDER BY seq",
                String.class, Topics.ORDER_EVENTS.name(), orderId);
    }

    /** The payload of the order's last event of the type. */
    public JsonNode lastEvent(String orderId, String type) {
        String json = jdbc.queryForObject("SELECT payload::text FROM outbox WHERE aggregateid = ? AND type = ? ORDER BY seq DESC LIMIT 1",
                String.class, orderId, type);
        return Http.JSON.readTree(json);
    }

    /** Changes the rule set in force (read, edit, write as the next version) and expects 200. */
    public JsonNode changeRules(Consumer<ObjectNode> edit) {
        JsonNode current = http.get("/api/v1/risk/rules").json();
        ObjectNode rules = (ObjectNode) current.get("rules").deepCopy();
        edit.accept(rules);
        ObjectNode change = Http.JSON.createObjectNode();
        change.put("basedOnVersion", current.get("version").asInt()).put("changedBy", "test").put("reason", "test setup");
        change.set("rules", rules);
        Http.Response answer = http.put("/api/v1/risk/rules", change);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    public Http.Response post(String path, Object body) {
        return http.post(path, body);
    }

    public Http.Response put(String path, Object body) {
        return http.put(path, body);
    }

    public Http.Response delete(String path) {
        return http.exchange(HttpMethod.DELETE, path, null, MediaType.APPLICATION_JSON, Map.of());
    }

    /** The order's {@code OrderAccepted} as published on {@code order.events.v1}, read from the broker. */
    public static JsonNode acceptedOnTheWire(Wire wire, String orderId) {
        List<ConsumerRecord<String, byte[]>> records = wire.atLeast(Topics.ORDER_EVENTS, 1, orderId);
        return records.stream().map(r -> Http.JSON.readTree(r.value()))
                .filter(e -> e.has("tenders") && e.has("lines")).findFirst().orElseThrow();
    }

    public static List<String> fields(Http.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}

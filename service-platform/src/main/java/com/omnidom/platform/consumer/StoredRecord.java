package com.omnidom.platform.consumer;

import com.omnidom.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A consumed Kafka record as the platform keeps it in its tables (parked events, dead letters): where it came from,
 * its key, every header and the raw body, so it can be handed to the dispatcher again exactly as it arrived.
 */
public record StoredRecord(String topic, int partition, long offset, String key, List<StoredHeader> headers,
                           byte[] payload) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A header as stored: its value as text when it is UTF-8, otherwise in base64. */
    public record StoredHeader(String name, String value, boolean base64) {

        byte[] bytes() {
            return base64 ? Base64.getDecoder().decode(value) : value.getBytes(StandardCharsets.UTF_8);
        }
    }

    public StoredRecord {
        headers = List.copyOf(headers);
    }

    public static StoredRecord of(ConsumerRecord<?, ?> record) {
        List<StoredHeader> headers = new ArrayList<>();
        for (Header h : record.headers()) headers.add(header(h.key(), h.value()));
        Object value = record.value();
        byte[] payload = value == null ? null
                : value instanceof byte[] bytes ? bytes : value.toString().getBytes(StandardCharsets.UTF_8);
        return new StoredRecord(record.topic(), record.partition(), record.offset(),
                record.key() == null ? null : record.key().toString(), headers, payload);
    }

    private static StoredHeader header(String name, byte[] value) {
        if (value == null) return new StoredHeader(name, "", false);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(value)).toString();
            return new StoredHeader(name, text, false);
        } catch (CharacterCodingException binary) {
            return new StoredHeader(name, Base64.getEncoder().encodeToString(value), true);
        }
    }

    /** The first value of a header, as text. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equals(name)).findFirst()
                .map(h -> new String(h.bytes(), StandardCharsets.UTF_8));
    }

    public String eventId() {
        return header(CloudEventHeaders.ID).orElse(null);
    }

    public String ceType() {
        return header(CloudEventHeaders.TYPE).orElse(null);
    }

    /** The headers for a jsonb column: {@code [{"name": ..., "value": ...} | {"name": ..., "base64": ...}]}. */
    public String headersJson() {
        ArrayNode array = JSON.createArrayNode();
        for (StoredHeader h : headers) {
            ObjectNode node = array.addObject().put("name", h.name());
            node.put(h.base64() ? "base64" : "value", h.value());
        }
        return JSON.writeValueAsString(array);
    }

    /** The headers as ops read them (the stored jsonb). */
    public JsonNode headersTree() {
        return JSON.readTree(headersJson());
    }

    /** The body for ops: its JSON when it is JSON, else its text (or base64 when it is not text); null for none. */
    public Object payloadForReading() {
        if (payload == null) return null;
        try {
            return JSON.readTree(payload);
        } catch (RuntimeException notJson) {
            StoredHeader text = header("payload", payload);
            return text.base64() ? "base64:" + text.value() : text.value();
        }
    }

    /** Reads the columns {@code topic, kafka_partition, kafka_offset, record_key, headers, payload}. */
    public static StoredRecord read(ResultSet rs) throws SQLException {
        List<StoredHeader> headers = new ArrayList<>();
        for (JsonNode h : JSON.readTree(rs.getString("headers"))) {
            boolean base64 = h.has("base64");
            headers.add(new StoredHeader(h.get("name").asString(), h.get(base64 ? "base64" : "value").asString(), base64));
        }
        return new StoredRecord(rs.getString("topic"), rs.getInt("kafka_partition"), rs.getLong("kafka_offset"),
                rs.getString("record_key"), headers, rs.getBytes("payload"));
    }

    /** The record as the binder hands it to a consumer function. */
    public Message<?> toMessage() {
        MessageBuilder<?> builder = MessageBuilder.withPayload(payload == null ? KafkaNull.INSTANCE : payload);
        for (StoredHeader h : headers) builder.setHeader(h.name(), h.bytes());
        return builder.setHeader(KafkaHeaders.RECEIVED_KEY, key)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, topic)
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, partition)
                .setHeader(KafkaHeaders.OFFSET, offset)
                .build();
    }

    /** The record as the container delivered it (for the dead-letter topic's publisher). */
    public ConsumerRecord<String, byte[]> toConsumerRecord() {
        RecordHeaders kafkaHeaders = new RecordHeaders();
        headers.forEach(h -> kafkaHeaders.add(h.name(), h.bytes()));
        return new ConsumerRecord<>(topic, partition, offset, System.currentTimeMillis(), TimestampType.CREATE_TIME,
                -1, payload == null ? -1 : payload.length, key, payload, kafkaHeaders, Optional.empty());
    }
}

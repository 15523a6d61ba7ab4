package com.omnidom.platform.events;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * Contract events to and from their wire form. Its own mapper, independent of the web layer's, so a
 * REST setting can never change what partners receive. Unknown fields are ignored: producers may add fields.
 */
public final class EventCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            // "1000", never "1E+3": partners parse amounts as plain decimal strings
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public String toJson(ContractEvent event) {
        return mapper.writeValueAsString(event);
    }

    /** Reads a record as the given event type; anything unreadable is a permanent failure (to the dead-letter topic). */
    public <T extends ContractEvent> T read(ConsumerRecord<String, byte[]> record, Class<T> type) {
        String expected = EventType.of(type).type();
        String actual = header(record, CloudEventHeaders.TYPE);
        if (!expected.equals(actual)) {
            throw new PermanentEventFailure("expected ce_type " + expected + " but got " + actual);
        }
        return read(record.value(), type);
    }

    /** Reads a record by its {@code ce_type} header. */
    public ContractEvent read(ConsumerRecord<String, byte[]> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        if (type == null) throw new PermanentEventFailure("record has no ce_type header");
        try {
            return read(record.value(), EventType.of(type).recordType());
        } catch (IllegalArgumentException unknownType) {
            throw new PermanentEventFailure(unknownType.getMessage(), unknownType);
        }
    }

    /** Reads a body as the given type; anything unreadable is a permanent failure (to the dead-letter topic). */
    public <T> T read(byte[] body, Class<T> type) {
        if (body == null) throw new PermanentEventFailure("record has no body");
        try {
            return mapper.readValue(body, type);
        } catch (JacksonException e) {
            throw new PermanentEventFailure("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}

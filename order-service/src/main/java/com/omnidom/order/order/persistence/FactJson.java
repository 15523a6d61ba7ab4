package com.omnidom.order.order.persistence;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.omnidom.order.order.domain.OrderFact;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A fact as JSON: its fields plus {@code "fact"}, the record's simple name, to read it back as the same record. Its own
 * mapper, so no REST setting changes what is stored.
 */
final class FactJson {

    static final String KIND = "fact";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // only the records' components: Money.isZero() and friends are no data
            .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .build();

    private static final Map<String, Class<?>> KINDS = Arrays.stream(OrderFact.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private FactJson() {
    }

    static String write(OrderFact fact) {
        ObjectNode node = JSON.valueToTree(fact);
        node.put(KIND, fact.getClass().getSimpleName());
        return JSON.writeValueAsString(node);
    }

    static OrderFact read(String json) {
        String kind = JSON.readTree(json).path(KIND).asString();
        Class<?> type = KINDS.get(kind);
        if (type == null) throw new IllegalStateException("unknown timeline fact " + kind);
        // read from the text, not the tree: amounts keep their scale ("fact" itself is no component, so it is skipped)
        return (OrderFact) JSON.readValue(json, type);
    }
}

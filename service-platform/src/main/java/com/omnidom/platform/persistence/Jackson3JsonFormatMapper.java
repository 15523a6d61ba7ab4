package com.omnidom.platform.persistence;

import org.hibernate.type.format.AbstractJsonFormatMapper;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Type;

/**
 * Reads and writes JSON columns with Jackson 3. Hibernate 7.2 only knows Jackson 2, which is on the class path
 * by accident (through springdoc); relying on it would make the columns' format depend on a documentation library.
 * Its own mapper, so a change to the REST mapper never changes stored data; unknown fields are ignored so
 * rows written by a newer version can still be read.
 */
public final class Jackson3JsonFormatMapper extends AbstractJsonFormatMapper {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    protected <T> T fromString(CharSequence json, Type type) {
        return mapper.readValue(json.toString(), mapper.constructType(type));
    }

    @Override
    protected <T> String toString(T value, Type type) {
        return mapper.writerFor(mapper.constructType(type)).writeValueAsString(value);
    }
}

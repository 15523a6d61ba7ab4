package com.omnidom.order.order.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The type column holds the label, as the timeline has always shown it. */
@Converter
class TimelineTypeColumn implements AttributeConverter<TimelineType, String> {

    @Override
    public String convertToDatabaseColumn(TimelineType type) {
        return type == null ? null : type.label();
    }

    @Override
    public TimelineType convertToEntityAttribute(String label) {
        return label == null ? null : TimelineType.labelled(label);
    }
}

package com.omnidom.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;

/**
 * Instants as people read them: in the retailer's time zone ({@code omnidom.web.time-zone}, Europe/Berlin by default)
 * and the page's language. Pages call it as {@code ${@times.of(value)}}; a value that is not an instant is shown as
 * it came.
 */
@Component("times")
public class Times {

    private final ZoneId zone;

    Times(@Value("${omnidom.web.time-zone:Europe/Berlin}") ZoneId zone) {
        this.zone = zone;
    }

    public String of(Object value) {
        if (value == null) return "";
        TemporalAccessor at;
        try {
            at = value instanceof Instant instant ? instant : Instant.parse(value.toString());
        } catch (DateTimeParseException notAnInstant) {
            return value.toString();
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone).format(at);
    }
}

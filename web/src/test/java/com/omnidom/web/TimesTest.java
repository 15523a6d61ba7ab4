package com.omnidom.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** An instant from a service shown in the retailer's zone and the page's language; anything else as it came. */
class TimesTest {

    private final Times times = new Times(ZoneId.of("Europe/Berlin"));

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anInstantInTheRetailersZoneAndThePagesLanguage() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(times.of("2026-12-07T16:11:23.144422Z")).isEqualTo("07.12.2026, 17:11");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(times.of("2026-07-01T08:00:00Z")).isEqualTo("Jul 1, 2026, 10:00\u202FAM");
    }

    @Test
    void somethingElseIsShownAsItCame() {
        assertThat(times.of("PT96H")).isEqualTo("PT96H");
        assertThat(times.of(null)).isEmpty();
    }
}

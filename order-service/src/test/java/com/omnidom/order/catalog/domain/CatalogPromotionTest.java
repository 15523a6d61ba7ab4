package com.omnidom.order.catalog.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogPromotionTest {

    static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant JAN = Instant.parse("2027-01-01T00:00:00Z");

    static CatalogPromotion promotion(String code, List<String> channels, boolean active, Map<String, String> names) {
        return new CatalogPromotion("P-1", 3, code, names, DEC, JAN, channels, "EUR", "LINE_PERCENT_OFF",
                BigDecimal.TEN, null, null, List.of("A-1"), 2, active);
    }

    @Test
    void appliesToOrdersOfItsChannelsCurrencyAndPeriodWhileActive() {
        CatalogPromotion web = promotion("WINTER10", List.of("WEB"), true, Map.of("de", "Winter"));
        Instant mid = Instant.parse("2026-12-15T10:00:00Z");

        assertThat(web.appliesTo("WEB", "EUR", mid)).isTrue();
        assertThat(web.appliesTo("WEB", "EUR", DEC)).as("from inclusive").isTrue();
        assertThat(web.appliesTo("WEB", "EUR", JAN)).as("until exclusive").isFalse();
        assertThat(web.appliesTo("STORE", "EUR", mid)).isFalse();
        assertThat(web.appliesTo("WEB", "CHF", mid)).isFalse();
        assertThat(promotion("WINTER10", List.of(), true, Map.of()).appliesTo("STORE", "EUR", mid)).as("no channels: all").isTrue();
        assertThat(promotion("WINTER10", List.of(), false, Map.of()).appliesTo("WEB", "EUR", mid)).isFalse();
    }

    @Test
    void namesInTheCustomersLanguageElseTheOneForEveryLanguageAndLabelsByCodeElseId() {
        CatalogPromotion p = promotion(null, List.of(), true, Map.of("de", "Winterrabatt", "", "Winter sale"));

        assertThat(p.name("de")).isEqualTo("Winterrabatt");
        assertThat(p.name("fr")).isEqualTo("Winter sale");
        assertThat(p.name(null)).isEqualTo("Winter sale");
        assertThat(p.label()).as("automatic: its id").isEqualTo("P-1");
        assertThat(promotion("WINTER10", List.of(), true, Map.of("en", "Winter")).label()).isEqualTo("WINTER10");
        assertThat(p.orderLevel()).isFalse();
        assertThat(p.percentOff()).isTrue();
    }
}

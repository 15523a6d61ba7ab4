package com.omnidom.catalog.imports.application;

import com.omnidom.catalog.article.application.ArticleDocument;
import com.omnidom.catalog.article.domain.ArticleKind;
import com.omnidom.catalog.location.application.LocationDocument;
import com.omnidom.kernel.RuleViolation.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLayoutTest {

    static CsvRow row(String... columnsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) values.put(columnsAndValues[i], columnsAndValues[i + 1]);
        return new CsvRow(values);
    }

    @Test
    void readsAnArticleRecordIntoTheDocumentNdjsonCarries() {
        CsvRow row = row("sku", "B-1", "kind", "physical", "regions", "DE| AT", "components", "C-1;2|C-2;1",
                "prices", "WEB;EUR;19.99;2026-01-01T00:00:00Z;|STORE;EUR;21", "name.de", "Set", "description.de", "Ein Set",
                "name.en", "Set", "active", "");
        ArticleDocument d = new ArticleCsv().toDocument(row);

        assertThat(row.problems()).isEmpty();
        assertThat(d.kind()).isEqualTo(ArticleKind.PHYSICAL);
        assertThat(d.regions()).containsExactly("DE", "AT");
        assertThat(d.components()).containsExactly(new ArticleDocument.Component("C-1", 2), new ArticleDocument.Component("C-2", 1));
        assertThat(d.prices()).containsExactly(
                new ArticleDocument.Price("WEB", "EUR", new BigDecimal("19.99"), Instant.parse("2026-01-01T00:00:00Z"), null),
                new ArticleDocument.Price("STORE", "EUR", new BigDecimal("21"), null, null));
        assertThat(d.texts()).extracting(ArticleDocument.Text::language).containsExactly("de", "en");
        assertThat(d.texts().getFirst().description()).isEqualTo("Ein Set");
        assertThat(d.active()).isNull();
    }

    @Test
    void namesEveryUnreadableValueByItsDocumentPath() {
        CsvRow row = row("sku", "B-1", "kind", "BOOK", "components", "C-1;two|C-2", "prices", "WEB;EUR;1,5",
                "validFrom", "yesterday", "active", "yes");
        new ArticleCsv().toDocument(row);

        assertThat(row.problems()).extracting(Violation::field).containsExactly("components[0].quantity", "components[1]",
                "prices[0].amount", "kind", "validFrom", "active");
    }

    @Test
    void readsALocationRecord() {
        CsvRow row = row("id", "S-1", "type", "STORE", "name", "S", "city", "Wien", "country", "AT", "latitude", "48.2",
                "longitude", "16.37", "timeZone", "Europe/Vienna", "openingHours", "MONDAY;09:00;19:00",
                "openingExceptions", "2026-12-25;closed|2026-12-24;09:00;13:00", "costCurrency", "EUR", "costPerOrder", "2",
                "costPerUnit", "0.3", "distanceBands", "50;3.5", "capabilities", "SHIP|PICKUP");
        LocationDocument d = new LocationCsv().toDocument(row);

        assertThat(row.problems()).isEmpty();
        assertThat(d.geo()).isEqualTo(new LocationDocument.Geo(48.2, 16.37));
        assertThat(d.openingHours()).containsExactly(new LocationDocument.Hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(19, 0)));
        assertThat(d.openingExceptions()).hasSize(2);
        assertThat(d.openingExceptions().getFirst().closed()).isTrue();
        assertThat(d.capacity()).isNull();
        assertThat(d.costProfile().distanceBands()).hasSize(1);
        assertThat(new LocationCsv().knows("costPerOrder")).isTrue();
        assertThat(new LocationCsv().knows("cost")).isFalse();
    }
}

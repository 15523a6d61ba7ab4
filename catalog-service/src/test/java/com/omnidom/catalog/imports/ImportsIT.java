package com.omnidom.catalog.imports;

import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.testsupport.OmnidomServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.omnidom.catalog.SampleArticles.JAN_2026;
import static com.omnidom.catalog.SampleArticles.anArticle;
import static com.omnidom.catalog.SampleArticles.component;
import static com.omnidom.catalog.SampleArticles.price;
import static com.omnidom.catalog.SampleArticles.withComponents;
import static com.omnidom.catalog.SampleArticles.withPrices;
import static com.omnidom.catalog.SampleLocations.aStore;
import static com.omnidom.catalog.SampleLocations.withGeo;
import static org.assertj.core.api.Assertions.assertThat;

// small chunks, so one file spans several transactions
@OmnidomServiceTest
@TestPropertySource(properties = "omnidom.catalog.imports.chunk-size=2")
class ImportsIT {

    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** Components first, a bundle referring to one, bad rows in between; line 5 is blank. */
    private static String articlesWithBadRows() {
        return Stream.of(
                json(anArticle("IMP-C1")),
                json(withComponents(anArticle("IMP-B1"), component("IMP-C1", 2))),
                json(withPrices(anArticle("IMP-BAD1"), price("WEB", "EUR", "-5", JAN_2026, null))),
                "{\"sku\": \"IMP-BAD2\", ",
                "",
                json(withComponents(anArticle("IMP-BAD3"), component("IMP-NONE", 1))),
                json(anArticle("IMP-C2"))).collect(Collectors.joining("\n")) + "\n";
    }

    @Test
    void importsNdjsonKeepingGoodRowsAndReportingBadOnesByRowAndField() {
        Http.Response accepted = http.exchange(HttpMethod.POST, "/api/v1/imports/articles", articlesWithBadRows(), NDJSON);

        assertThat(accepted.status()).isEqualTo(202);
        String id = accepted.json().get("id").asString();
        assertThat(accepted.headers().getLocation()).hasToString("/api/v1/imports/" + id);
        assertThat(accepted.json().get("kind").asString()).isEqualTo("ARTICLES");
        assertThat(accepted.json().get("status").asString()).isEqualTo("RUNNING");
        assertThat(accepted.json().get("totalRows").asLong()).isEqualTo(6);

        JsonNode done = finished(id);
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("processedRows").asLong()).isEqualTo(6);
        assertThat(done.get("acceptedRows").asLong()).isEqualTo(3);
        assertThat(done.get("rejectedRows").asLong()).isEqualTo(3);
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertThat(errors(done)).containsExactly("3 prices[0].amount", "4 null", "6 components[0].sku");

        assertThat(http.get("/api/v1/articles/IMP-B1").json().at("/components/0/sku").asString()).isEqualTo("IMP-C1");
        assertThat(Stream.of("IMP-BAD1", "IMP-BAD2", "IMP-BAD3").map(sku -> http.get("/api/v1/articles/" + sku).status()))
                .containsOnly(404);
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(bootstrap, Topics.CATALOG_ARTICLES.name(), 3,
                "IMP-C1", "IMP-B1", "IMP-C2");
        assertThat(events).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("IMP-C1", "IMP-B1", "IMP-C2");
        assertThat(events).allSatisfy(e -> {
            assertThat(TopicProbe.header(e, CloudEventHeaders.TYPE)).isEqualTo("omnidom.catalog.article-changed.v1");
            assertThat(TopicProbe.header(e, CloudEventHeaders.SUBJECT)).isEqualTo(e.key());
            assertThat(TopicProbe.header(e, CloudEventHeaders.ID)).isNotBlank();
        });
    }

    @Test
    void reimportingTheSameFileChangesNothingAndPublishesNothing() {
        finished(http.exchange(HttpMethod.POST, "/api/v1/imports/articles", reimportFile(), NDJSON).json().get("id").asString());
        long eventsBefore = outboxRows("REIMP-");

        JsonNode again = finished(http.exchange(HttpMethod.POST, "/api/v1/imports/articles", reimportFile(), NDJSON)
                .json().get("id").asString());

        assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(again.get("acceptedRows").asLong()).isEqualTo(3);
        assertThat(outboxRows("REIMP-")).isEqualTo(eventsBefore).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT version FROM article WHERE sku LIKE 'REIMP-%'", Long.class)).containsOnly(0L);
    }

    private static String reimportFile() {
        return Stream.of(json(anArticle("REIMP-1")), json(anArticle("REIMP-2")),
                        json(withComponents(anArticle("REIMP-3"), component("REIMP-1", 1))))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void importsArticlesFromCsv() {
        String csv = """
                sku,kind,active,validFrom,validUntil,regions,imageUrls,accessories,components,prices,name.de,description.de,name.en
                CSV-1,PHYSICAL,true,2026-01-01T00:00:00Z,,DE|AT,https://img.example.com/1.jpg,,,"WEB;EUR;19.99;2026-01-01T00:00:00Z;2026-07-01T00:00:00Z|WEB;EUR;17.99;2026-07-01T00:00:00Z;",Tasse,"Weiß, 300 ml",Mug
                CSV-2,SERVICE,,,,DE,,,,STORE;EUR;abc,Montage,,Assembly
                CSV-3,GIFT_CARD,false,,,DE,,CSV-1,CSV-1;3,STORE;EUR;25,Gutschein,,Gift card
                """;

        JsonNode done = finished(http.exchange(HttpMethod.POST, "/api/v1/imports/articles", csv, CSV).json().get("id").asString());

        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("acceptedRows").asLong()).isEqualTo(2);
        assertThat(errors(done)).containsExactly("2 prices[0].amount");
        JsonNode mug = http.get("/api/v1/articles/CSV-1").json();
        assertThat(mug.at("/texts/0/name").asString()).isEqualTo("Tasse");
        assertThat(mug.at("/texts/0/description").asString()).isEqualTo("Weiß, 300 ml");
        assertThat(mug.at("/texts/1/language").asString()).isEqualTo("en");
        assertThat(mug.at("/regions").toString()).isEqualTo("[\"DE\",\"AT\"]");
        assertThat(mug.at("/prices/1/amount").asString()).isEqualTo("17.99");
        assertThat(mug.at("/prices/1/validUntil").isNull()).isTrue();
        JsonNode card = http.get("/api/v1/articles/CSV-3").json();
        assertThat(card.get("active").asBoolean()).isFalse();
        assertThat(card.at("/components/0/quantity").asInt()).isEqualTo(3);
        assertThat(card.at("/accessories/0").asString()).isEqualTo("CSV-1");
        assertThat(card.at("/prices/0/amount").asString()).isEqualTo("25.00");
        assertThat(card.get("taxCategory").asString()).as("no taxCategory column: STANDARD").isEqualTo("STANDARD");
    }

    @Test
    void csvTaxCategoryColumnIsOptionalPerRow() {
        String csv = """
                sku,kind,regions,prices,name.de,taxCategory
                TAX-1,PHYSICAL,DE,WEB;EUR;9.99,Buch,REDUCED
                TAX-2,PHYSICAL,DE,WEB;EUR;9.99,Tasse,
                TAX-3,PHYSICAL,DE,WEB;EUR;9.99,Luxus,LUXURY
                """;

        JsonNode done = finished(http.exchange(HttpMethod.POST, "/api/v1/imports/articles", csv, CSV).json().get("id").asString());

        assertThat(done.get("acceptedRows").asLong()).isEqualTo(2);
        assertThat(errors(done)).containsExactly("3 taxCategory");
        assertThat(http.get("/api/v1/articles/TAX-1").json().get("taxCategory").asString()).isEqualTo("REDUCED");
        assertThat(http.get("/api/v1/articles/TAX-2").json().get("taxCategory").asString()).isEqualTo("STANDARD");
    }

    @Test
    void csvWithUnknownColumnsFailsNamingThem() {
        JsonNode done = finished(http.exchange(HttpMethod.POST, "/api/v1/imports/articles",
                "sku,kind,prise\nX-1,PHYSICAL,1\n", CSV).json().get("id").asString());

        assertThat(done.get("status").asString()).isEqualTo("FAILED");
        assertThat(done.at("/errors/0/message").asString()).contains("prise");
        assertThat(http.get("/api/v1/articles/X-1").status()).isEqualTo(404);
    }

    @Test
    void importsLocationsFromNdjsonAndCsv() {
        String ndjson = json(aStore("IMP-STORE-1")) + "\n" + json(withGeo(aStore("IMP-STORE-2"), 95, 13)) + "\n";
        String csv = String.join(",", "id", "type", "name", "street", "postalCode", "city", "country", "latitude",
                "longitude", "timeZone", "openingHours", "openingExceptions", "ordersPerDay", "unitsPerDay", "costCurrency",
                "costPerOrder", "costPerUnit", "distanceBands", "capabilities", "partnerId", "active") + "\n"
                + "IMP-STORE-3,STORE,Filiale Wien,Kärntner Str. 1,1010,Wien,AT,48.2,16.37,Europe/Vienna,"
                + "MONDAY;09:00;19:00|SATURDAY;09:00;18:00,2026-12-25;closed|2026-12-24;09:00;13:00,100,300,EUR,2.00,0.30,"
                + "50;3.50|100;5.00,SHIP|PICKUP,,true\n";

        JsonNode fromJson = finished(http.exchange(HttpMethod.POST, "/api/v1/imports/locations", ndjson, NDJSON).json().get("id").asString());
        JsonNode fromCsv = finished(http.exchange(HttpMethod.POST, "/api/v1/imports/locations", csv, CSV).json().get("id").asString());

        assertThat(fromJson.get("kind").asString()).isEqualTo("LOCATIONS");
        assertThat(fromJson.get("acceptedRows").asLong()).isEqualTo(1);
        assertThat(errors(fromJson)).containsExactly("2 geo.latitude");
        assertThat(fromCsv.get("acceptedRows").asLong()).isEqualTo(1);
        JsonNode vienna = http.get("/api/v1/locations/IMP-STORE-3").json();
        assertThat(vienna.at("/address/city").asString()).isEqualTo("Wien");
        assertThat(vienna.at("/openingHours/1/day").asString()).isEqualTo("SATURDAY");
        assertThat(vienna.at("/openingExceptions/1/opens").asString()).isEqualTo("09:00");
        assertThat(vienna.at("/costProfile/distanceBands/1/cost").asString()).isEqualTo("5.00");
        assertThat(vienna.at("/capabilities").toString()).isEqualTo("[\"SHIP\",\"PICKUP\"]");
        assertThat(TopicProbe.atLeast(bootstrap, Topics.CATALOG_LOCATIONS.name(), 2, "IMP-STORE-1", "IMP-STORE-3"))
                .extracting(ConsumerRecord::key).containsExactlyInAnyOrder("IMP-STORE-1", "IMP-STORE-3");
    }

    @Test
    void progressOfAnUnknownImportIsNotFoundAndOtherBodiesAreUnsupported() {
        assertThat(http.get("/api/v1/imports/6f1c7f3e-0000-4000-8000-000000000000").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/imports/not-a-uuid").status()).isEqualTo(400);
        assertThat(http.exchange(HttpMethod.POST, "/api/v1/imports/articles", "{}", MediaType.APPLICATION_JSON).status())
                .isEqualTo(415);
    }

    private JsonNode finished(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode progress = http.get("/api/v1/imports/" + id).json();
        while ("RUNNING".equals(progress.get("status").asString()) && Instant.now().isBefore(deadline)) {
            sleep();
            progress = http.get("/api/v1/imports/" + id).json();
        }
        return progress;
    }

    private long outboxRows(String skuPrefix) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE aggregatetype = ? AND aggregateid LIKE ?", Long.class,
                Topics.CATALOG_ARTICLES.name(), skuPrefix + "%");
    }

    private static List<String> errors(JsonNode progress) {
        return progress.get("errors").valueStream()
                .map(e -> e.get("row").asString() + " " + (e.get("field").isNull() ? "null" : e.get("field").asString()))
                .toList();
    }

    private static String json(Object document) {
        return Http.JSON.writeValueAsString(document);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

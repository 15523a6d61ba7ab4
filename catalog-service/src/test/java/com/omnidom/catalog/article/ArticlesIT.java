package com.omnidom.catalog.article;

import com.omnidom.testsupport.CommittedOpenApi;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.catalog.article.application.ArticleDocument;
import com.omnidom.catalog.article.domain.ArticleKind;
import com.omnidom.catalog.article.domain.TaxCategory;
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
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

import static com.omnidom.catalog.SampleArticles.JAN_2026;
import static com.omnidom.catalog.SampleArticles.JUL_2026;
import static com.omnidom.catalog.SampleArticles.anArticle;
import static com.omnidom.catalog.SampleArticles.component;
import static com.omnidom.catalog.SampleArticles.price;
import static com.omnidom.catalog.SampleArticles.withAccessories;
import static com.omnidom.catalog.SampleArticles.withComponents;
import static com.omnidom.catalog.SampleArticles.withKindRegionsActive;
import static com.omnidom.catalog.SampleArticles.withName;
import static com.omnidom.catalog.SampleArticles.withPrices;
import static com.omnidom.catalog.SampleArticles.withTaxCategory;
import static org.assertj.core.api.Assertions.assertThat;

@OmnidomServiceTest
class ArticlesIT {

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

    @Test
    void createsAnArticleAndPublishesItsSnapshotWithCloudEventsHeaders() {
        Http.Response created = http.post("/api/v1/articles", anArticle("A-000123"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasToString("/api/v1/articles/A-000123");
        assertThat(created.json().get("version").asLong()).isZero();
        assertThat(created.json().at("/prices/0/amount").asString()).isEqualTo("19.99");

        JsonNode read = http.get("/api/v1/articles/A-000123").json();
        assertThat(read).isEqualTo(created.json());
        assertThat(read.at("/texts/1/name").asString()).isEqualTo("Article A-000123");
        assertThat(read.at("/regions").toString()).isEqualTo("[\"DE\",\"AT\"]");
        assertThat(read.get("taxCategory").asString()).as("no tax category given: STANDARD").isEqualTo("STANDARD");

        ConsumerRecord<String, byte[]> event = TopicProbe.atLeast(bootstrap, Topics.CATALOG_ARTICLES.name(), 1, "A-000123").getFirst();
        assertThat(TopicProbe.header(event, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("omnidom.catalog.article-changed.v1");
        assertThat(TopicProbe.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/omnidom/catalog-service");
        assertThat(TopicProbe.header(event, CloudEventHeaders.SUBJECT)).isEqualTo("A-000123");
        assertThat(TopicProbe.header(event, CloudEventHeaders.ID)).isNotBlank();
        assertThat(Instant.parse(TopicProbe.header(event, CloudEventHeaders.TIME))).isBefore(Instant.now().plusSeconds(1));
        JsonNode body = Http.JSON.readTree(event.value());
        assertThat(body.get("eventId").asString()).isEqualTo(TopicProbe.header(event, CloudEventHeaders.ID));
        assertThat(body.get("sku").asString()).isEqualTo("A-000123");
        assertThat(body.get("version").asLong()).isZero();
        assertThat(body.get("kind").asString()).isEqualTo("PHYSICAL");
        assertThat(body.at("/prices/0/amount").asString()).isEqualTo("19.99");
        assertThat(body.at("/texts/0/language").asString()).isEqualTo("de");
        assertThat(body.get("taxCategory").asString()).isEqualTo("STANDARD");
    }

    @Test
    void taxCategoryIsStoredAndPublishedAndChangingItIsANewVersion() {
        Http.Response created = http.post("/api/v1/articles", withTaxCategory(anArticle("A-TAX"), TaxCategory.REDUCED));

        assertThat(created.status()).isEqualTo(201);
        assertThat(http.get("/api/v1/articles/A-TAX").json().get("taxCategory").asString()).isEqualTo("REDUCED");
        Http.Response changed = http.put("/api/v1/articles/A-TAX", withTaxCategory(anArticle("A-TAX"), TaxCategory.ZERO));
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(bootstrap, Topics.CATALOG_ARTICLES.name(), 2, "A-TAX");
        assertThat(events).extracting(e -> Http.JSON.readTree(e.value()).get("taxCategory").asString())
                .containsExactly("REDUCED", "ZERO");
        assertThat(http.exchange(HttpMethod.PUT, "/api/v1/articles/A-TAX",
                Http.JSON.writeValueAsString(anArticle("A-TAX")).replace("\"active\"", "\"taxCategory\":\"LUXURY\",\"active\""),
                MediaType.APPLICATION_JSON).status()).as("unknown category").isEqualTo(400);
    }

    @Test
    void replacingBumpsTheVersionAndPublishesANewSnapshotKeyedBySku() {
        http.post("/api/v1/articles", anArticle("A-REPL"));

        Http.Response replaced = http.put("/api/v1/articles/A-REPL", withName(anArticle("A-REPL"), "Neuer Name"));

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("version").asLong()).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(bootstrap, Topics.CATALOG_ARTICLES.name(), 2, "A-REPL");
        assertThat(events).hasSize(2);
        JsonNode latest = Http.JSON.readTree(events.get(1).value());
        assertThat(events.get(1).key()).isEqualTo("A-REPL");
        assertThat(latest.get("version").asLong()).isEqualTo(1);
        assertThat(latest.at("/texts/0/name").asString()).isEqualTo("Neuer Name");
        assertThat(latest.at("/texts").size()).isEqualTo(1);
    }

    @Test
    void replacingWithTheSameContentKeepsTheVersionAndPublishesNothing() {
        http.post("/api/v1/articles", anArticle("A-SAME"));

        Http.Response again = http.put("/api/v1/articles/A-SAME", anArticle("A-SAME"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("version").asLong()).isZero();
        assertThat(outboxRows("A-SAME")).isEqualTo(1);
    }

    @Test
    void putCreatesAnAbsentArticle() {
        Http.Response created = http.put("/api/v1/articles/A-PUT", anArticle("A-PUT"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasToString("/api/v1/articles/A-PUT");
        assertThat(outboxRows("A-PUT")).isEqualTo(1);
    }

    @Test
    void putWithAnotherSkuInTheBodyIsRejected() {
        Http.Response rejected = http.put("/api/v1/articles/A-PATH", anArticle("A-BODY"));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().at("/errors/0/field").asString()).isEqualTo("sku");
        assertThat(articleRows("A-PATH") + articleRows("A-BODY")).isZero();
    }

    @Test
    void creatingAnExistingSkuIsAConflict() {
        http.post("/api/v1/articles", anArticle("A-TWICE"));

        Http.Response second = http.post("/api/v1/articles", withName(anArticle("A-TWICE"), "Other"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(outboxRows("A-TWICE")).isEqualTo(1);
    }

    @Test
    void unknownArticleIsNotFound() {
        Http.Response missing = http.get("/api/v1/articles/NOPE-1");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("detail").asString()).contains("NOPE-1");
    }

    @Test
    void negativePriceIsRejectedNamingTheFieldAndWritesNothing() {
        Http.Response rejected = http.post("/api/v1/articles",
                withPrices(anArticle("A-NEG"), price("WEB", "EUR", "-1.00", JAN_2026, null)));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rejected.json().at("/errors/0/field").asString()).isEqualTo("prices[0].amount");
        assertThat(articleRows("A-NEG")).isZero();
        assertThat(outboxRows("A-NEG")).isZero();
    }

    @Test
    void tooManyDecimalsForTheCurrencyAreRejected() {
        Http.Response rejected = http.post("/api/v1/articles",
                withPrices(anArticle("A-DEC"), price("WEB", "EUR", "1.999", JAN_2026, null),
                        price("WEB", "JPY", "100.5", JAN_2026, null)));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(fields(rejected)).containsExactly("prices[0].amount", "prices[1].amount");
    }

    @Test
    void overlappingPriceValidityIsRejectedAndTheStoredArticleStaysAsItWas() {
        http.post("/api/v1/articles", anArticle("A-OVL"));

        Http.Response rejected = http.put("/api/v1/articles/A-OVL", withPrices(anArticle("A-OVL"),
                price("WEB", "EUR", "19.99", JAN_2026, null),
                price("WEB", "EUR", "17.99", JUL_2026, null)));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().at("/errors/0/field").asString()).isEqualTo("prices[1].validFrom");
        assertThat(http.get("/api/v1/articles/A-OVL").json().get("version").asLong()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM article_price WHERE sku = 'A-OVL'", Long.class)).isEqualTo(1);
        assertThat(outboxRows("A-OVL")).isEqualTo(1);
    }

    @Test
    void consecutivePricesAndOtherChannelsDoNotOverlap() {
        Http.Response created = http.post("/api/v1/articles", withPrices(anArticle("A-SEQ"),
                price("WEB", "EUR", "19.99", JAN_2026, JUL_2026),
                price("WEB", "EUR", "17.99", JUL_2026, null),
                price("STORE", "EUR", "21", JAN_2026, null)));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/prices/2/amount").asString()).isEqualTo("21.00");
    }

    @Test
    void malformedJsonIsABadRequest() {
        Http.Response rejected = http.exchange(HttpMethod.POST, "/api/v1/articles", "{\"sku\": \"A-1\", ", MediaType.APPLICATION_JSON);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unreadableValueIsABadRequestNamingTheField() {
        String body = Http.JSON.writeValueAsString(anArticle("A-BADKIND")).replace("\"PHYSICAL\"", "\"BANANA\"");

        Http.Response rejected = http.exchange(HttpMethod.POST, "/api/v1/articles", body, MediaType.APPLICATION_JSON);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().at("/errors/0/field").asString()).isEqualTo("kind");
    }

    @Test
    void missingRequiredFieldIsABadRequestNamingTheField() {
        ArticleDocument noKind = withKindRegionsActive(anArticle("A-NOKIND"), null, List.of("DE"), true);

        Http.Response rejected = http.post("/api/v1/articles", noKind);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(fields(rejected)).contains("kind");
    }

    @Test
    void bundleWithMissingComponentIsRejected() {
        Http.Response rejected = http.post("/api/v1/articles",
                withComponents(anArticle("B-MISS"), component("C-NOT-THERE", 2)));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().at("/errors/0/field").asString()).isEqualTo("components[0].sku");
        assertThat(articleRows("B-MISS")).isZero();
    }

    @Test
    void bundleOfExistingComponentsIsStoredAndCannotBecomePartOfItself() {
        http.post("/api/v1/articles", anArticle("C-PART"));
        http.post("/api/v1/articles", anArticle("C-ACC"));
        Http.Response bundle = http.post("/api/v1/articles",
                withAccessories(withComponents(anArticle("B-OK"), component("C-PART", 2)), "C-ACC"));
        assertThat(bundle.status()).isEqualTo(201);
        assertThat(bundle.json().at("/components/0/quantity").asInt()).isEqualTo(2);

        Http.Response self = http.put("/api/v1/articles/B-OK", withComponents(anArticle("B-OK"), component("B-OK", 1)));
        Http.Response cycle = http.put("/api/v1/articles/C-PART", withComponents(anArticle("C-PART"), component("B-OK", 1)));

        assertThat(self.status()).isEqualTo(422);
        assertThat(self.json().at("/errors/0/field").asString()).isEqualTo("components[0].sku");
        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.json().at("/errors/0/message").asString()).contains("cannot contain itself");
    }

    @Test
    void missingAccessoryIsRejected() {
        Http.Response rejected = http.post("/api/v1/articles", withAccessories(anArticle("A-ACC"), "NO-SUCH-ACC"));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().at("/errors/0/field").asString()).isEqualTo("accessories[0]");
    }

    @Test
    void listsArticlesFilteredAndPaged() {
        http.post("/api/v1/articles", withKindRegionsActive(anArticle("LST-1"), ArticleKind.PHYSICAL, List.of("DE"), true));
        http.post("/api/v1/articles", withKindRegionsActive(anArticle("LST-2"), ArticleKind.SERVICE, List.of("AT"), true));
        http.post("/api/v1/articles", withKindRegionsActive(anArticle("LST-3"), ArticleKind.PHYSICAL, List.of("AT", "CH"), false));
        http.post("/api/v1/articles", withKindRegionsActive(withName(anArticle("LST-4"), "Zebra Lampe"), ArticleKind.GIFT_CARD, List.of("FR"), true));
        http.post("/api/v1/articles", withKindRegionsActive(anArticle("LST-5"), ArticleKind.PHYSICAL, List.of("DE"), true));

        JsonNode page = http.get("/api/v1/articles?q=lst-&size=2&page=1").json();
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("totalItems").asLong()).isEqualTo(5);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        assertThat(skus(page)).containsExactly("LST-3", "LST-4");

        assertThat(skus(http.get("/api/v1/articles?q=lst-&kind=PHYSICAL").json())).containsExactly("LST-1", "LST-3", "LST-5");
        assertThat(skus(http.get("/api/v1/articles?q=lst-&region=AT").json())).containsExactly("LST-2", "LST-3");
        assertThat(skus(http.get("/api/v1/articles?q=lst-&active=false").json())).containsExactly("LST-3");
        assertThat(skus(http.get("/api/v1/articles?q=ZEBRA").json())).containsExactly("LST-4");
        assertThat(skus(http.get("/api/v1/articles?q=lst-&kind=PHYSICAL&region=DE&active=true").json())).containsExactly("LST-1", "LST-5");
    }

    @Test
    void pageSizeAbove200IsABadRequest() {
        assertThat(http.get("/api/v1/articles?size=201").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/articles?kind=BANANA").status()).isEqualTo(400);
    }

    @Test
    void publishesTheCommittedOpenApiDocumentAndSwaggerUi() throws Exception {
        Http.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode live = docs.json();
        assertThat(live.at("/paths/~1api~1v1~1articles/post/summary").asString()).isEqualTo("Create an article");
        assertThat(live.at("/paths/~1api~1v1~1imports~1articles/post/requestBody/content").has("text/csv")).isTrue();

        CommittedOpenApi.assertMatches(live);

        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    private long outboxRows(String sku) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE aggregatetype = ? AND aggregateid = ?", Long.class,
                Topics.CATALOG_ARTICLES.name(), sku);
    }

    private long articleRows(String sku) {
        return jdbc.queryForObject("SELECT count(*) FROM article WHERE sku = ?", Long.class, sku);
    }

    private static List<String> fields(Http.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static List<String> skus(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("sku").asString()).toList();
    }
}

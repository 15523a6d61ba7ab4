package com.omnidom.catalog.location;

import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.catalog.location.application.LocationDocument;
import com.omnidom.catalog.location.domain.Capability;
import com.omnidom.catalog.location.domain.LocationType;
import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.platform.security.Roles;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.omnidom.catalog.SampleLocations.aStore;
import static com.omnidom.catalog.SampleLocations.with;
import static com.omnidom.catalog.SampleLocations.withGeo;
import static com.omnidom.catalog.SampleLocations.withName;
import static com.omnidom.catalog.SampleLocations.withPerOrderCost;
import static com.omnidom.catalog.SampleLocations.withTimeZone;
import static com.omnidom.catalog.SampleLocations.withoutOpeningHours;
import static org.assertj.core.api.Assertions.assertThat;

@OmnidomServiceTest
class LocationsIT {

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
    void createsALocationAndPublishesItsSnapshotWithCloudEventsHeaders() {
        Http.Response created = http.post("/api/v1/locations", aStore("STORE-DE-BERLIN-01"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasToString("/api/v1/locations/STORE-DE-BERLIN-01");
        JsonNode read = http.get("/api/v1/locations/STORE-DE-BERLIN-01").json();
        assertThat(read).isEqualTo(created.json());
        assertThat(read.get("version").asLong()).isZero();
        assertThat(read.at("/openingHours/0/opens").asString()).isEqualTo("09:00");
        assertThat(read.at("/openingExceptions/0/closed").asBoolean()).isTrue();
        assertThat(read.at("/costProfile/perOrder").asString()).isEqualTo("2.50");
        assertThat(read.at("/costProfile/distanceBands/0/cost").asString()).isEqualTo("3.90");
        assertThat(read.at("/geo/latitude").asDouble()).isEqualTo(52.52);

        ConsumerRecord<String, byte[]> event = TopicProbe.atLeast(bootstrap, Topics.CATALOG_LOCATIONS.name(), 1,
                "STORE-DE-BERLIN-01").getFirst();
        assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("omnidom.catalog.location-changed.v1");
        assertThat(TopicProbe.header(event, CloudEventHeaders.SUBJECT)).isEqualTo("STORE-DE-BERLIN-01");
        assertThat(TopicProbe.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/omnidom/catalog-service");
        assertThat(TopicProbe.header(event, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicProbe.header(event, CloudEventHeaders.ID)).isNotBlank();
        assertThat(TopicProbe.header(event, CloudEventHeaders.TIME)).isNotBlank();
        JsonNode body = Http.JSON.readTree(event.value());
        assertThat(body.get("locationId").asString()).isEqualTo("STORE-DE-BERLIN-01");
        assertThat(body.get("type").asString()).isEqualTo("STORE");
        assertThat(body.at("/address/country").asString()).isEqualTo("DE");
        assertThat(body.at("/capacity/ordersPerDay").asInt()).isEqualTo(200);
        assertThat(body.at("/capabilities").toString()).isEqualTo("[\"SHIP\",\"PICKUP\"]");
    }

    @Test
    void replacingBumpsTheVersionAndTheSameContentChangesNothing() {
        http.post("/api/v1/locations", aStore("WH-1"));

        Http.Response renamed = http.put("/api/v1/locations/WH-1", withName(aStore("WH-1"), "Renamed"));
        Http.Response again = http.put("/api/v1/locations/WH-1", withName(aStore("WH-1"), "Renamed"));

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("version").asLong()).isEqualTo(1);
        assertThat(again.json().get("version").asLong()).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(bootstrap, Topics.CATALOG_LOCATIONS.name(), 2, "WH-1");
        assertThat(Http.JSON.readTree(events.get(1).value()).get("name").asString()).isEqualTo("Renamed");
        assertThat(outboxRows("WH-1")).isEqualTo(2);
    }

    @Test
    void coordinatesOutOfRangeAreRejectedNamingTheFieldAndWriteNothing() {
        Http.Response rejected = http.post("/api/v1/locations", withGeo(aStore("GEO-BAD"), 91, -181));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(fields(rejected)).containsExactly("geo.latitude", "geo.longitude");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM location WHERE id = 'GEO-BAD'", Long.class)).isZero();
        assertThat(outboxRows("GEO-BAD")).isZero();
    }

    @Test
    void pickupNeedsOpeningHours() {
        Http.Response rejected = http.post("/api/v1/locations", withoutOpeningHours(aStore("NO-HOURS")));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(fields(rejected)).containsExactly("openingHours");
    }

    @Test
    void dropShipperNeedsItsPartner() {
        LocationDocument dropShipper = with(aStore("DS-1"), LocationType.DROP_SHIPPER, "DE", List.of(Capability.SHIP), null, true);

        Http.Response rejected = http.post("/api/v1/locations", dropShipper);
        Http.Response accepted = http.post("/api/v1/locations",
                with(aStore("DS-1"), LocationType.DROP_SHIPPER, "DE", List.of(Capability.SHIP), "PARTNER-7", true));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(fields(rejected)).containsExactly("partnerId");
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().get("partnerId").asString()).isEqualTo("PARTNER-7");
    }

    @Test
    void unknownTimeZoneAndNegativeCostsAreRejected() {
        Http.Response rejected = http.post("/api/v1/locations", withPerOrderCost(withTimeZone(aStore("TZ-BAD"), "Mars/Olympus"), "-1"));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(fields(rejected)).containsExactly("timeZone", "costProfile.perOrder");
    }

    @Test
    void missingAddressIsABadRequest() {
        var d = aStore("NO-ADDR");
        var noAddress = new LocationDocument(d.id(), d.type(), d.name(), null, d.geo(), d.timeZone(), d.openingHours(),
                d.openingExceptions(), d.capacity(), d.costProfile(), d.capabilities(), d.partnerId(), d.active());

        Http.Response rejected = http.post("/api/v1/locations", noAddress);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(fields(rejected)).containsExactly("address");
    }

    @Test
    void unknownLocationIsNotFound() {
        assertThat(http.get("/api/v1/locations/NOWHERE").status()).isEqualTo(404);
    }

    @Test
    void listsLocationsFilteredAndPaged() {
        http.post("/api/v1/locations", with(aStore("L-1"), LocationType.STORE, "AT", List.of(Capability.SHIP, Capability.PICKUP), null, true));
        http.post("/api/v1/locations", with(aStore("L-2"), LocationType.WAREHOUSE, "AT", List.of(Capability.SHIP), null, true));
        http.post("/api/v1/locations", with(aStore("L-3"), LocationType.FRANCHISE_PARTNER, "AT", List.of(Capability.ACCEPT_RETURNS), "P-1", false));

        assertThat(ids(http.get("/api/v1/locations?country=AT").json())).containsExactly("L-1", "L-2", "L-3");
        assertThat(ids(http.get("/api/v1/locations?country=AT&type=WAREHOUSE").json())).containsExactly("L-2");
        assertThat(ids(http.get("/api/v1/locations?country=AT&capability=SHIP").json())).containsExactly("L-1", "L-2");
        assertThat(ids(http.get("/api/v1/locations?country=AT&active=false").json())).containsExactly("L-3");
        JsonNode page = http.get("/api/v1/locations?country=AT&size=2&page=1").json();
        assertThat(ids(page)).containsExactly("L-3");
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void aPartnerReadsOnlyItsOwnLocationsAndStaffReadAll() {
        http.post("/api/v1/locations", with(aStore("PA-DS-1"), LocationType.DROP_SHIPPER, "CH", List.of(Capability.SHIP), "PARTNER-A", true));
        http.post("/api/v1/locations", with(aStore("PA-DS-2"), LocationType.FRANCHISE_PARTNER, "CH", List.of(Capability.SHIP), "PARTNER-A", true));
        http.post("/api/v1/locations", with(aStore("PB-DS-1"), LocationType.DROP_SHIPPER, "CH", List.of(Capability.SHIP), "PARTNER-B", true));
        http.post("/api/v1/locations", with(aStore("CH-STORE-1"), LocationType.STORE, "CH", List.of(Capability.SHIP), null, true));
        Http partnerA = http.as(TestCaller.of("partner-a", Roles.PARTNER).withPartner("PARTNER-A"));

        assertThat(partnerA.get("/api/v1/locations/PA-DS-1").json().get("partnerId").asString()).isEqualTo("PARTNER-A");
        Http.Response othersLocation = partnerA.get("/api/v1/locations/PB-DS-1");
        assertThat(othersLocation.status()).isEqualTo(404);
        assertThat(othersLocation.text()).doesNotContain("PARTNER-B");
        assertThat(partnerA.get("/api/v1/locations/CH-STORE-1").status()).isEqualTo(404);
        assertThat(ids(partnerA.get("/api/v1/locations?country=CH").json())).containsExactly("PA-DS-1", "PA-DS-2");
        assertThat(partnerA.get("/api/v1/locations?country=CH").json().get("totalItems").asLong()).isEqualTo(2);
        assertThat(ids(http.as(TestCaller.of("carla", Roles.CS_AGENT)).get("/api/v1/locations?country=CH").json()))
                .containsExactly("CH-STORE-1", "PA-DS-1", "PA-DS-2", "PB-DS-1");
        // a partner token without its partner claim sees nothing rather than everything
        assertThat(http.as(TestCaller.of("partner-x", Roles.PARTNER)).get("/api/v1/locations?country=CH").status())
                .isEqualTo(403);
    }

    @Test
    void onlyAdminsWriteLocations() {
        Http.Response byOps = http.as(TestCaller.of("otto", Roles.OPS)).post("/api/v1/locations", aStore("OPS-WRITE"));
        Http.Response byAdmin = http.as(TestCaller.of("ada", Roles.ADMIN)).post("/api/v1/locations", aStore("OPS-WRITE"));

        assertThat(byOps.status()).isEqualTo(403);
        assertThat(byOps.contentType()).startsWith("application/problem+json");
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM location WHERE id = 'OPS-WRITE'", Long.class)).isEqualTo(1);
    }

    private long outboxRows(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE aggregatetype = ? AND aggregateid = ?", Long.class,
                Topics.CATALOG_LOCATIONS.name(), id);
    }

    private static List<String> fields(Http.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }
}

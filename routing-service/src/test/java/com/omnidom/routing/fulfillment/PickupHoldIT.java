package com.omnidom.routing.fulfillment;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.events.catalog.LocationChanged.LocationType;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.routing.World;
import com.omnidom.routing.fulfillment.application.RemindOrExpirePickups;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.testsupport.Wire;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static com.omnidom.routing.World.BERLIN;
import static com.omnidom.routing.World.cancelled;
import static com.omnidom.routing.World.line;
import static com.omnidom.routing.World.pickupOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pickups nobody collects, on the service's clock moved on by days (the service's one {@code Clock}, replaced here):
 * one reminder with the code after the reminder time of the location's type, one expiry at the end of its hold, the
 * units leaving with order-service's cancellation; several sweeps at once (this test's threads and the scheduled one)
 * act once. Stores keep the built-in 2 and 7 days; franchise partners the default 3 days and, configured here with a
 * lower-case key as an environment variable gives it, 12 days.
 */
@OmnidomServiceTest
@TestPropertySource(properties = {"omnidom.routing.pickup.check=300ms", "omnidom.routing.pickup.expire-after.franchise_partner=12d"})
class PickupHoldIT {

    private static final String FULFILLMENTS = Topics.FULFILLMENT_EVENTS.name();
    private static final String REMINDER = "omnidom.routing.fulfillment-pickup-reminder-due.v1";
    private static final String EXPIRED = "omnidom.routing.fulfillment-pickup-expired.v1";

    /** The clock every part of the service reads, moved on by the test. */
    static final class MovableClock extends Clock {

        private final Clock real = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        private volatile Duration ahead = Duration.ZERO;

        void moveOn(Duration duration) {
            ahead = ahead.plus(duration);
        }

        void reset() {
            ahead = Duration.ZERO;
        }

        @Override
        public Instant instant() {
            return real.instant().plus(ahead);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        /** The same moved-on time seen in another zone (the service reads UTC; a caller may ask for a zone). */
        @Override
        public Clock withZone(ZoneId zone) {
            MovableClock outer = this;
            return new Clock() {
                @Override
                public Instant instant() {
                    return outer.instant();
                }

                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return outer.withZone(other);
                }
            };
        }
    }

    @TestConfiguration
    static class MovedOn {
        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    private final JdbcTemplate jdbc;
    private final Wire wire;
    private final World world;
    private final Http http;
    private final MeterRegistry meters;
    private final MovableClock clock;
    private final RemindOrExpirePickups sweeps;

    PickupHoldIT(Http http, Wire wire, @Autowired JdbcTemplate jdbc, @Autowired MeterRegistry meters,
                 @Autowired MovableClock clock, @Autowired RemindOrExpirePickups sweeps) {
        this.http = http;
        this.wire = wire;
        this.jdbc = jdbc;
        this.meters = meters;
        this.clock = clock;
        this.sweeps = sweeps;
        this.world = new World(wire, jdbc);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aStorePickupIsRemindedOnceWithItsCodeThenExpiresOnceAndItsUnitsLeaveWithTheOrdersCancellation() {
        Waiting w = readyPickup("PHS", LocationType.STORE);
        double reminders = count("reminded", "STORE");
        double expiries = count("expired", "STORE");

        clock.moveOn(Duration.ofDays(2).minusMinutes(1));
        sweepAtOnce();
        assertThat(published(w, REMINDER)).isZero();

        clock.moveOn(Duration.ofMinutes(2));
        sweepAtOnce();
        sweepAtOnce();
        assertThat(published(w, REMINDER)).isEqualTo(1);
        assertThat(status(w)).isEqualTo("READY_FOR_PICKUP");
        JsonNode reminder = event(w, 3, REMINDER);
        assertThat(reminder.get("fulfillmentId").asString()).isEqualTo(w.id().toString());
        assertThat(reminder.get("locationId").asString()).isEqualTo("PHS-STORE");
        assertThat(reminder.get("pickupCode").asString()).isEqualTo(w.code());
        assertThat(reminder.at("/lines/0/quantity").asInt()).isEqualTo(2);
        assertThat(Instant.parse(reminder.get("readySince").asString())).isEqualTo(w.readySince());
        assertThat(Instant.parse(reminder.get("heldUntil").asString())).isEqualTo(w.readySince().plus(Duration.ofDays(7)));
        assertThat(http.get("/api/v1/fulfillments/" + w.id()).text()).doesNotContain(w.code());

        clock.moveOn(Duration.ofDays(5));
        sweepAtOnce();
        sweepAtOnce();
        assertThat(published(w, EXPIRED)).isEqualTo(1);
        assertThat(published(w, REMINDER)).isEqualTo(1);
        assertThat(status(w)).isEqualTo("EXPIRED");
        JsonNode expiry = event(w, 4, EXPIRED);
        assertThat(expiry.at("/lines/0/lineId").asString()).isEqualTo("1");
        assertThat(expiry.at("/lines/0/quantity").asInt()).isEqualTo(2);
        assertThat(Instant.parse(expiry.get("readySince").asString())).isEqualTo(w.readySince());
        assertThat(count("reminded", "STORE") - reminders).isEqualTo(1);
        assertThat(count("expired", "STORE") - expiries).isEqualTo(1);

        // the store no longer hands it over, whatever it is shown
        Http.Response late = http.post("/api/v1/fulfillments/" + w.id() + "/picked-up", Map.of("pickupCode", w.code()));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("expired");
        assertThat(http.get("/api/v1/fulfillments?locationId=PHS-STORE&status=EXPIRED").json().at("/items/0/fulfillmentId")
                .asString()).isEqualTo(w.id().toString());

        // order-service's answer: exactly these units cancelled; they leave the expired fulfilment order (inventory releases them)
        world.publish(new OrderCancelled(UUID.randomUUID(), Instant.now(), w.orderId(), List.of(cancelled("1", "PHS-A", 2)),
                "PICKUP_EXPIRED", "pickup-expiry"));
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 5, w.orderId().toString());
        assertThat(events).extracting(e -> TopicProbe.header(e, CloudEventHeaders.TYPE)).containsExactly(
                "omnidom.routing.fulfillment-assigned.v1", "omnidom.routing.fulfillment-ready-for-pickup.v1", REMINDER, EXPIRED,
                "omnidom.routing.fulfillment-cancelled.v1");
        JsonNode taken = Http.JSON.readTree(events.get(4).value());
        assertThat(taken.get("fulfillmentId").asString()).isEqualTo(w.id().toString());
        assertThat(taken.get("reason").asString()).isEqualTo("PICKUP_EXPIRED");
        assertThat(taken.at("/lines/0/quantity").asInt()).isEqualTo(2);
        assertThat(status(w)).isEqualTo("EXPIRED");
        assertThat(http.get("/api/v1/fulfillments/" + w.id()).json().get("lines").isEmpty()).isTrue();
    }

    @Test
    void anotherLocationTypeIsHeldByItsOwnTimes() {
        Waiting w = readyPickup("PHF", LocationType.FRANCHISE_PARTNER);

        clock.moveOn(Duration.ofDays(2).plusMinutes(1));
        sweepAtOnce();
        assertThat(published(w, REMINDER)).isZero();

        clock.moveOn(Duration.ofDays(1));
        sweepAtOnce();
        assertThat(published(w, REMINDER)).isEqualTo(1);
        assertThat(Instant.parse(event(w, 3, REMINDER).get("heldUntil").asString()))
                .isEqualTo(w.readySince().plus(Duration.ofDays(12)));

        clock.moveOn(Duration.ofDays(8));
        sweepAtOnce();
        assertThat(status(w)).isEqualTo("READY_FOR_PICKUP");

        clock.moveOn(Duration.ofDays(1));
        sweepAtOnce();
        assertThat(status(w)).isEqualTo("EXPIRED");
        assertThat(published(w, EXPIRED)).isEqualTo(1);
    }

    @Test
    void aPickupCollectedInTimeIsNeitherRemindedNorExpired() {
        Waiting w = readyPickup("PHC", LocationType.STORE);
        clock.moveOn(Duration.ofDays(1));
        assertThat(http.post("/api/v1/fulfillments/" + w.id() + "/picked-up", Map.of("pickupCode", w.code())).status())
                .isEqualTo(200);

        clock.moveOn(Duration.ofDays(30));
        sweepAtOnce();
        assertThat(published(w, REMINDER)).isZero();
        assertThat(published(w, EXPIRED)).isZero();
        assertThat(status(w)).isEqualTo("PICKED_UP");
    }

    /** A PICKUP fulfilment order waiting at {@code <prefix>-STORE}, when it was made ready and the code its customer got. */
    private record Waiting(UUID orderId, UUID id, String code, Instant readySince) {
    }

    private Waiting readyPickup(String prefix, LocationType type) {
        world.pickupLocation(prefix + "-STORE", type, BERLIN);
        world.stock(prefix + "-A", prefix + "-STORE", 5);
        world.awaitReplicas();
        UUID orderId = UUID.randomUUID();
        world.publish(pickupOrder(orderId, prefix + "-STORE", line("1", prefix + "-A", 2)));
        UUID id = (UUID) world.awaitFulfillments(orderId, 1).getFirst().get("id");
        world.allocated(orderId, id, prefix + "-STORE");
        world.awaitStatus(id, "ALLOCATED");
        assertThat(http.post("/api/v1/fulfillments/" + id + "/ready-for-pickup", null).status()).isEqualTo(200);
        Instant readySince = jdbc.queryForObject("SELECT ready_for_pickup_at FROM fulfillment_order WHERE id = ?", Timestamp.class, id)
                .toInstant();
        String code = Http.JSON.readTree(TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, 2, orderId.toString()).get(1).value())
                .get("pickupCode").asString();
        return new Waiting(orderId, id, code, readySince);
    }

    /** Three sweeps at once, besides the scheduled one: each pickup is reminded or expired by one of them only. */
    private void sweepAtOnce() {
        CompletableFuture.allOf(IntStream.range(0, 3).mapToObj(i -> CompletableFuture.runAsync(sweeps::sweep))
                .toArray(CompletableFuture[]::new)).join();
    }

    /** Events of this type the pickup's order published (its outbox rows: each once, whatever the relay resends). */
    private long published(Waiting w, String type) {
        return world.count("SELECT count(*) FROM outbox WHERE aggregateid = ? AND type = ?", w.orderId().toString(), type);
    }

    /** The order's {@code count}th event, read from the topic, which is of this type. */
    private JsonNode event(Waiting w, int count, String type) {
        ConsumerRecord<String, byte[]> record = TopicProbe.atLeast(wire.bootstrap(), FULFILLMENTS, count, w.orderId().toString())
                .get(count - 1);
        assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo(type);
        return Http.JSON.readTree(record.value());
    }

    private String status(Waiting w) {
        return http.get("/api/v1/fulfillments/" + w.id()).json().get("status").asString();
    }

    private double count(String transition, String locationType) {
        var counter = meters.find("omnidom.fulfillment.orders").tags("transition", transition, "location_type", locationType).counter();
        return counter == null ? 0 : counter.count();
    }
}

package com.omnidom.routing;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.events.inventory.Shortage;
import com.omnidom.events.inventory.StockAllocated;
import com.omnidom.events.inventory.StockAllocationFailed;
import com.omnidom.events.inventory.StockLine;
import com.omnidom.events.order.DeliveryAddressChanged;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.testsupport.Wire;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/**
 * The other services around routing, for integration tests: publishes their events exactly as their outbox
 * relays would (CloudEvents headers, JSON from the contract records) and waits for routing to apply them.
 */
public final class World {

    public static final OrderAccepted.GeoPoint POTSDAM = new OrderAccepted.GeoPoint(52.39, 13.06);
    public static final LocationChanged.GeoPoint BERLIN = new LocationChanged.GeoPoint(52.52, 13.405);
    public static final LocationChanged.GeoPoint HAMBURG = new LocationChanged.GeoPoint(53.55, 9.99);
    public static final LocationChanged.GeoPoint MUNICH = new LocationChanged.GeoPoint(48.14, 11.58);
    public static final OrderAccepted.GeoPoint MUNICH_CUSTOMER = new OrderAccepted.GeoPoint(48.15, 11.56);

    private final Wire wire;
    private final JdbcTemplate jdbc;
    private final Map<String, Long> locations = new ConcurrentHashMap<>();
    private final List<String[]> stocks = new CopyOnWriteArrayList<>();

    public World(Wire wire, JdbcTemplate jdbc) {
        this.wire = wire;
        this.jdbc = jdbc;
    }

    public void publish(ContractEvent event) {
        wire.publish(event);
    }

    /** A location (SHIP unless told otherwise) in the replica, version 1. */
    public void location(String id, LocationChanged.GeoPoint geo, Integer ordersPerDay, LocationChanged.Capability... capabilities) {
        location(id, geo, ordersPerDay, true, 1, capabilities);
    }

    public void location(String id, LocationChanged.GeoPoint geo, Integer ordersPerDay, boolean active, long version,
                         LocationChanged.Capability... capabilities) {
        List<LocationChanged.Capability> caps = capabilities.length == 0 ? List.of(LocationChanged.Capability.SHIP)
                : Arrays.asList(capabilities);
        locations.merge(id, version, Math::max);
        publish(new LocationChanged(UUID.randomUUID(), Instant.now(), id, version, LocationChanged.LocationType.STORE,
                "Location " + id, new LocationChanged.Address("Street 1", "10115", "City", "DE"), geo, "Europe/Berlin",
                List.of(), List.of(), new LocationChanged.Capacity(ordersPerDay, null), null, caps, null, active));
    }

    /** A location of this type that takes pickups (and ships), in the replica, version 1. */
    public void pickupLocation(String id, LocationChanged.LocationType type, LocationChanged.GeoPoint geo) {
        locations.merge(id, 1L, Math::max);
        publish(new LocationChanged(UUID.randomUUID(), Instant.now(), id, 1, type, "Location " + id,
                new LocationChanged.Address("Street 1", "10115", "City", "DE"), geo, "Europe/Berlin", List.of(), List.of(),
                new LocationChanged.Capacity(null, null), null,
                List.of(LocationChanged.Capability.SHIP, LocationChanged.Capability.PICKUP), null, true));
    }

    /** A drop-ship partner's SHIP location (the catalog's partnerId) in the replica, version 1. */
    public void partnerLocation(String id, String partnerId, LocationChanged.GeoPoint geo) {
        locations.merge(id, 1L, Math::max);
        publish(new LocationChanged(UUID.randomUUID(), Instant.now(), id, 1, LocationChanged.LocationType.DROP_SHIPPER,
                "Location " + id, new LocationChanged.Address("Street 1", "10115", "City", "DE"), geo, "Europe/Berlin",
                List.of(), List.of(), new LocationChanged.Capacity(null, null), null,
                List.of(LocationChanged.Capability.SHIP), partnerId, true));
    }

    /** Stock of an article at a location in the replica (version 1). */
    public void stock(String sku, String locationId, int available) {
        stocks.add(new String[]{sku, locationId});
        publish(new AvailabilityChanged(UUID.randomUUID(), Instant.now(), sku, locationId, available, 0, available, 1));
    }

    /** Waits until the replicas hold every location and stock this world published (at least at its version). */
    public void awaitReplicas() {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                locations.entrySet().stream().allMatch(l -> count(
                        "SELECT count(*) FROM location_replica WHERE location_id = ? AND version >= ?", l.getKey(), l.getValue()) == 1)
                        && stocks.stream().allMatch(k -> count(
                        "SELECT count(*) FROM availability_replica WHERE sku = ? AND location_id = ?", k[0], k[1]) == 1));
    }

    public static OrderAccepted.Line line(String lineId, String sku, int quantity) {
        return new OrderAccepted.Line(lineId, sku, quantity, new BigDecimal("10.00"), new BigDecimal("0.19"));
    }

    public static OrderAccepted shipOrder(UUID orderId, OrderAccepted.GeoPoint geo, OrderAccepted.Line... lines) {
        return order(orderId, new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.SHIP,
                new OrderAccepted.Address("Erika Mustermann", "Street 2", "14467", "Potsdam", "DE"), geo, null), lines);
    }

    /** A SHIP order promised for {@code promiseDate} (null: nothing promised). */
    public static OrderAccepted promisedShipOrder(UUID orderId, OrderAccepted.GeoPoint geo, LocalDate promiseDate,
                                                  OrderAccepted.Line... lines) {
        return order(orderId, new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.SHIP,
                new OrderAccepted.Address("Erika Mustermann", "Street 2", "14467", "Potsdam", "DE"), geo, null, promiseDate,
                false), lines);
    }

    /** A PICKUP order promised ready for {@code promiseDate} (null: nothing promised). */
    public static OrderAccepted promisedPickupOrder(UUID orderId, String store, LocalDate promiseDate, OrderAccepted.Line... lines) {
        return order(orderId, new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.PICKUP, null, null, store, promiseDate,
                false), lines);
    }

    public static OrderAccepted pickupOrder(UUID orderId, String store, OrderAccepted.Line... lines) {
        return order(orderId, new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.PICKUP, null, null, store), lines);
    }

    private static OrderAccepted order(UUID orderId, OrderAccepted.Delivery delivery, OrderAccepted.Line... lines) {
        BigDecimal total = Arrays.stream(lines).map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OrderAccepted(UUID.randomUUID(), Instant.now(), orderId, "WEB-" + orderId.toString().substring(0, 8),
                OrderAccepted.Channel.WEB_SHOP,
                new OrderAccepted.Customer("C-1", "Erika Mustermann", "erika@example.com", null, "de"),
                List.of(lines), "EUR", total, delivery, List.of(), false);
    }

    /** A SHIP location of a type with the catalog's cost profile (EUR per order and per unit). */
    public void location(String id, LocationChanged.GeoPoint geo, LocationChanged.LocationType type, String perOrder,
                         String perUnit, boolean active) {
        location(id, geo, type, "EUR", perOrder, perUnit, active);
    }

    /** A SHIP location whose cost profile is in the given currency. */
    public void location(String id, LocationChanged.GeoPoint geo, LocationChanged.LocationType type, String currency,
                         String perOrder, String perUnit, boolean active) {
        locations.merge(id, 1L, Math::max);
        publish(new LocationChanged(UUID.randomUUID(), Instant.now(), id, 1, type, "Location " + id,
                new LocationChanged.Address("Street 1", "10115", "City", "DE"), geo, "Europe/Berlin", List.of(), List.of(),
                new LocationChanged.Capacity(null, null),
                new LocationChanged.CostProfile(currency, new BigDecimal(perOrder), new BigDecimal(perUnit), List.of()),
                List.of(LocationChanged.Capability.SHIP), null, active));
    }

    /** Stock with channel reservations and goods in transit (version 1). */
    public void stock(String sku, String locationId, int available, List<AvailabilityChanged.ChannelReservation> reservations,
                      List<AvailabilityChanged.InTransit> inTransit) {
        stocks.add(new String[]{sku, locationId});
        int reserved = reservations.stream().mapToInt(AvailabilityChanged.ChannelReservation::quantity).sum();
        publish(new AvailabilityChanged(UUID.randomUUID(), Instant.now(), sku, locationId, available + reserved, 0, available, 1,
                reserved, 0, reservations, inTransit, false));
    }

    /** Stock of an article at a location at a given version (a later change overwrites an earlier one). */
    public void stock(String sku, String locationId, int available, long version) {
        stocks.add(new String[]{sku, locationId});
        publish(new AvailabilityChanged(UUID.randomUUID(), Instant.now(), sku, locationId, available, 0, available, version));
    }

    public void cancel(UUID orderId, OrderCancelled.CancelledLine... lines) {
        publish(new OrderCancelled(UUID.randomUUID(), Instant.now(), orderId, List.of(lines), "CUSTOMER_REQUEST", "erika"));
    }

    public static OrderCancelled.CancelledLine cancelled(String lineId, String sku, int quantity) {
        return new OrderCancelled.CancelledLine(lineId, sku, quantity);
    }

    public void deliveryChanged(UUID orderId, OrderAccepted.GeoPoint geo) {
        publish(new DeliveryAddressChanged(UUID.randomUUID(), Instant.now(), orderId,
                new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.SHIP,
                        new OrderAccepted.Address("Erika Mustermann", "Street 3", "80331", "München", "DE"), geo, null), "erika"));
    }

    /** The delivery changed to Munich, now promised for {@code promiseDate}. */
    public void deliveryChanged(UUID orderId, OrderAccepted.GeoPoint geo, LocalDate promiseDate) {
        publish(new DeliveryAddressChanged(UUID.randomUUID(), Instant.now(), orderId,
                new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.SHIP,
                        new OrderAccepted.Address("Erika Mustermann", "Street 3", "80331", "München", "DE"), geo, null,
                        promiseDate, true), "erika"));
    }

    /** A VIP (priority) SHIP order. */
    public static OrderAccepted vipShipOrder(UUID orderId, OrderAccepted.GeoPoint geo, OrderAccepted.Line... lines) {
        OrderAccepted o = shipOrder(orderId, geo, lines);
        return new OrderAccepted(o.eventId(), o.occurredAt(), orderId, o.orderNumber(), o.channel(), o.customer(), o.lines(),
                o.currency(), o.total(), o.delivery(), o.tenders(), true);
    }

    public void allocated(UUID orderId, UUID fulfillmentId, String locationId) {
        publish(new StockAllocated(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId, List.<StockLine>of()));
    }

    public void allocationFailed(UUID orderId, UUID fulfillmentId, String locationId) {
        publish(new StockAllocationFailed(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, locationId,
                List.<Shortage>of(), "INSUFFICIENT_STOCK"));
    }

    /** Waits for the order's fulfilment rows and returns them (id, location, status), oldest first. */
    public List<Map<String, Object>> awaitFulfillments(UUID orderId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> fulfillments(orderId).size() >= count);
        return fulfillments(orderId);
    }

    public List<Map<String, Object>> fulfillments(UUID orderId) {
        return jdbc.queryForList("SELECT id, location_id, status, mode FROM fulfillment_order WHERE order_id = ? "
                + "ORDER BY created_at, id", orderId);
    }

    public void awaitStatus(UUID fulfillmentId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(jdbc.queryForObject(
                "SELECT status FROM fulfillment_order WHERE id = ?", String.class, fulfillmentId)));
    }

    public long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

}

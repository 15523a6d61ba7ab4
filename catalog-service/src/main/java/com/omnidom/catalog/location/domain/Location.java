package com.omnidom.catalog.location.domain;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A delivery location. Address, coordinates and capacities are columns (filters and routing read them);
 * hours, exceptions and costs are JSON values that are only ever read whole.
 */
@Entity
@Table(name = "location")
public class Location {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private LocationType type;

    private String name;

    private String street;

    private String postalCode;

    private String city;

    private String country;

    private double latitude;

    private double longitude;

    private String timeZone;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<OpeningHours> openingHours;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<OpeningException> openingExceptions;

    private Integer ordersPerDay;

    private Integer unitsPerDay;

    @JdbcTypeCode(SqlTypes.JSON)
    private CostProfile costProfile;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Capability> capabilities;

    private String partnerId;

    private boolean active;

    @Version
    private Long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Location() {
        // for JPA
    }

    public static Location create(LocationId id, LocationContent content, Instant now) {
        LocationContent valid = validated(content);
        Location location = new Location();
        location.id = id.value();
        location.createdAt = now;
        location.apply(valid, now);
        return location;
    }

    /**
     * Replaces the whole content.
     *
     * @return false when the content equals the current one: nothing changed, so no new version and no event
     */
    public boolean replaceWith(LocationContent content, Instant now) {
        LocationContent valid = validated(content);
        if (valid.equals(content())) return false;
        apply(valid, now);
        return true;
    }

    private static LocationContent validated(LocationContent content) {
        List<Violation> violations = content.violations();
        if (!violations.isEmpty()) throw new RuleViolation(violations);
        return content.normalized();
    }

    private void apply(LocationContent c, Instant now) {
        type = c.type();
        name = c.name();
        street = c.address().street();
        postalCode = c.address().postalCode();
        city = c.address().city();
        country = c.address().country();
        latitude = c.geo().latitude();
        longitude = c.geo().longitude();
        timeZone = c.timeZone();
        openingHours = new ArrayList<>(c.openingHours());
        openingExceptions = new ArrayList<>(c.openingExceptions());
        ordersPerDay = c.capacity() == null ? null : c.capacity().ordersPerDay();
        unitsPerDay = c.capacity() == null ? null : c.capacity().unitsPerDay();
        costProfile = c.costProfile();
        capabilities = new ArrayList<>(c.capabilities());
        partnerId = c.partnerId();
        active = c.active();
        updatedAt = now;
    }

    public LocationId id() {
        return new LocationId(id);
    }

    public LocationContent content() {
        return new LocationContent(type, name, new Address(street, postalCode, city, country),
                new GeoPoint(latitude, longitude), timeZone, openingHours, openingExceptions,
                new Capacity(ordersPerDay, unitsPerDay), costProfile, capabilities, partnerId, active);
    }

    /** The current state, detached from the persistence context; the version is that of the last flush. */
    public LocationSnapshot snapshot() {
        return new LocationSnapshot(id(), version == null ? 0 : version, content(), createdAt, updatedAt);
    }
}

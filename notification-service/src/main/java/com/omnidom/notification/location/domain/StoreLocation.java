package com.omnidom.notification.location.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A delivery location as far as a message names it: name, address and time zone, at the catalog's version. */
@Entity
@Table(name = "store_location")
public class StoreLocation {

    @Id
    private String id;

    private long version;

    private String name;

    private String street;

    private String postalCode;

    private String city;

    private String country;

    /** The location's IANA time zone (null for one kept before the replica kept zones, until the catalog sends it again). */
    private String timeZone;

    protected StoreLocation() {
        // for JPA
    }

    public StoreLocation(String id, long version, String name, String street, String postalCode, String city, String country,
                         String timeZone) {
        this.id = id;
        apply(version, name, street, postalCode, city, country, timeZone);
    }

    /** @return false when the given version is not newer than the kept one (a replayed or stale snapshot) */
    public boolean update(long version, String name, String street, String postalCode, String city, String country,
                          String timeZone) {
        if (version <= this.version) return false;
        apply(version, name, street, postalCode, city, country, timeZone);
        return true;
    }

    private void apply(long version, String name, String street, String postalCode, String city, String country,
                       String timeZone) {
        this.version = version;
        this.name = name;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
        this.timeZone = timeZone;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }

    /** Its time zone, for the times a message names (UTC when unknown or not a zone). */
    public ZoneId zone() {
        try {
            return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}

package com.omnidom.notification.location.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A delivery location as far as a message names it: name and address, at the catalog's version. */
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

    protected StoreLocation() {
        // for JPA
    }

    public StoreLocation(String id, long version, String name, String street, String postalCode, String city, String country) {
        this.id = id;
        apply(version, name, street, postalCode, city, country);
    }

    /** @return false when the given version is not newer than the kept one (a replayed or stale snapshot) */
    public boolean update(long version, String name, String street, String postalCode, String city, String country) {
        if (version <= this.version) return false;
        apply(version, name, street, postalCode, city, country);
        return true;
    }

    private void apply(long version, String name, String street, String postalCode, String city, String country) {
        this.version = version;
        this.name = name;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
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
}

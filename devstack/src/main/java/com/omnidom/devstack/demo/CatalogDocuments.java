package com.omnidom.devstack.demo;

import java.util.List;

/**
 * The request bodies of catalog-service's public API, exactly as they go over the wire (one per JSON line of an import).
 * Amounts are strings with two decimals and times ISO-8601 strings, so the JSON is what a client would type.
 */
public final class CatalogDocuments {

    private CatalogDocuments() {
    }

    public record Article(String sku, String kind, List<Text> texts, List<String> imageUrls, List<String> regions,
                          String validFrom, String validUntil, List<Component> components, List<String> accessories,
                          List<Price> prices, boolean active) {
    }

    public record Text(String language, String name, String description) {
    }

    public record Component(String sku, int quantity) {
    }

    public record Price(String channel, String currency, String amount, String validFrom, String validUntil) {
    }

    public record Location(String id, String type, String name, Address address, Geo geo, String timeZone,
                           List<OpeningHours> openingHours, List<OpeningException> openingExceptions, Capacity capacity,
                           CostProfile costProfile, List<String> capabilities, String partnerId, boolean active) {
    }

    public record Address(String street, String postalCode, String city, String country) {
    }

    public record Geo(double latitude, double longitude) {
    }

    public record OpeningHours(String day, String opens, String closes) {
    }

    public record OpeningException(String date, boolean closed, String opens, String closes) {
    }

    public record Capacity(int ordersPerDay, int unitsPerDay) {
    }

    public record CostProfile(String currency, String perOrder, String perUnit, List<DistanceBand> distanceBands) {
    }

    public record DistanceBand(int upToKm, String cost) {
    }
}

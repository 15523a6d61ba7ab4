package com.omnidom.routing.replica.application;

import com.omnidom.kernel.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * What routing keeps of a delivery location.
 *
 * @param latitude        null (with longitude) when the catalog sent no coordinates
 * @param ordersPerDay    null means unlimited
 * @param unitsPerDay     null means unlimited
 * @param costCurrency    ISO 4217 code of the cost profile's amounts, as the catalog sent it; null = none sent
 * @param costPerShipment the catalog's cost per order shipped from here, minor units of costCurrency; null = no cost profile
 * @param costPerUnit     per unit, minor units; null = no cost profile
 * @param distanceBands   cost by distance, minor units
 * @param partnerId       the drop-ship or franchise partner the location belongs to (catalog's partnerId); null = none
 */
public record ReplicaLocation(String locationId, long version, String type, Double latitude, Double longitude,
                              String timeZone, List<String> capabilities, Integer ordersPerDay, Integer unitsPerDay,
                              boolean active, String costCurrency, Long costPerShipment, Long costPerUnit,
                              List<Band> distanceBands, String partnerId) {

    public ReplicaLocation {
        capabilities = List.copyOf(capabilities);
        distanceBands = distanceBands == null ? List.of() : List.copyOf(distanceBands);
    }

    /** A location of no partner. */
    public ReplicaLocation(String locationId, long version, String type, Double latitude, Double longitude, String timeZone,
                           List<String> capabilities, Integer ordersPerDay, Integer unitsPerDay, boolean active,
                           String costCurrency, Long costPerShipment, Long costPerUnit, List<Band> distanceBands) {
        this(locationId, version, type, latitude, longitude, timeZone, capabilities, ordersPerDay, unitsPerDay, active,
                costCurrency, costPerShipment, costPerUnit, distanceBands, null);
    }

    /** A location without a cost profile, of no partner. */
    public ReplicaLocation(String locationId, long version, String type, Double latitude, Double longitude, String timeZone,
                           List<String> capabilities, Integer ordersPerDay, Integer unitsPerDay, boolean active) {
        this(locationId, version, type, latitude, longitude, timeZone, capabilities, ordersPerDay, unitsPerDay, active, null,
                null, null, List.of(), null);
    }

    /**
     * An amount of the catalog's in minor units of its currency (EUR cents, JPY yen), rounded half up: the engine
     * costs in whole minor units. A code that is no ISO 4217 currency keeps two decimals; routing never compares
     * such costs (see the decision feature's CostCurrencies).
     */
    public static Long minorUnits(BigDecimal amount, String currencyCode) {
        if (amount == null) return null;
        Currency currency = currency(currencyCode);
        if (currency == null) return amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        return Money.of(amount.setScale(Money.minorDigits(currency), RoundingMode.HALF_UP), currency).minorUnits();
    }

    private static Currency currency(String code) {
        if (code == null) return null;
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Cost (minor units of the cost currency) of a shipment up to a distance. */
    public record Band(int upToKm, long cost) {
    }
}

package com.omnidom.catalog.location.domain;

import com.omnidom.catalog.shared.domain.Checks;
import com.omnidom.kernel.GeoPoint;
import com.omnidom.kernel.RuleViolation.Violation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything about a delivery location that a client sets; the aggregate adds id, version and timestamps.
 * Lists are never null. Two contents are equal exactly when a re-import would change nothing.
 */
public record LocationContent(
        LocationType type,
        String name,
        Address address,
        GeoPoint geo,
        String timeZone,
        List<OpeningHours> openingHours,
        List<OpeningException> openingExceptions,
        Capacity capacity,
        CostProfile costProfile,
        List<Capability> capabilities,
        String partnerId,
        boolean active) {

    public LocationContent {
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
        openingExceptions = openingExceptions == null ? List.of() : List.copyOf(openingExceptions);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        // "no limits" has one form, so a stored location equals the content it was saved from
        if (capacity != null && capacity.ordersPerDay() == null && capacity.unitsPerDay() == null) capacity = null;
        if (partnerId != null && partnerId.isBlank()) partnerId = null;
    }

    public List<Violation> violations() {
        Checks checks = new Checks();
        checks.check(type != null, "type", "is required");
        checks.check(name != null && !name.isBlank(), "name", "is required");
        checkAddress(checks);
        // a GeoPoint is on the globe by construction; input off it is refused naming geo.latitude/longitude
        checks.check(geo != null, "geo", "is required");
        checks.check(isZone(timeZone), "timeZone", "must be an IANA time zone such as Europe/Berlin");
        checkOpeningHours(checks);
        checkExceptions(checks);
        if (capacity != null) {
            checks.check(capacity.ordersPerDay() == null || capacity.ordersPerDay() >= 0, "capacity.ordersPerDay", "must not be negative");
            checks.check(capacity.unitsPerDay() == null || capacity.unitsPerDay() >= 0, "capacity.unitsPerDay", "must not be negative");
        }
        if (costProfile != null) checkCosts(checks);
        Set<Capability> seen = new HashSet<>();
        for (int i = 0; i < capabilities.size(); i++) {
            checks.check(capabilities.get(i) != null, "capabilities[" + i + "]", "is required");
            checks.check(seen.add(capabilities.get(i)), "capabilities[" + i + "]", "is listed twice");
        }
        checks.check(!capabilities.contains(Capability.PICKUP) || !openingHours.isEmpty(), "openingHours",
                "are required for a location with the PICKUP capability");
        if (type != null && type.runByPartner()) {
            checks.check(partnerId != null, "partnerId", "is required for a location of type " + type);
        }
        checks.check(partnerId == null || Checks.isId(partnerId), "partnerId", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        return checks.violations();
    }

    private void checkAddress(Checks checks) {
        checks.check(address != null, "address", "is required");
        if (address == null) return;
        checks.check(address.city() != null && !address.city().isBlank(), "address.city", "is required");
        checks.check(Checks.isCountry(address.country()), "address.country", "must be an ISO 3166-1 alpha-2 country code, e.g. DE");
    }

    private void checkOpeningHours(Checks checks) {
        for (int i = 0; i < openingHours.size(); i++) {
            OpeningHours hours = openingHours.get(i);
            String prefix = "openingHours[" + i + "].";
            checks.check(hours.day() != null, prefix + "day", "is required");
            checks.hours(hours.opens(), hours.closes(), prefix);
            for (int j = 0; j < i; j++) {
                OpeningHours other = openingHours.get(j);
                boolean comparable = hours.day() != null && hours.day() == other.day() && hours.opens() != null
                        && hours.closes() != null && other.opens() != null && other.closes() != null;
                if (comparable && hours.opens().isBefore(other.closes()) && other.opens().isBefore(hours.closes())) {
                    checks.add(new Violation(prefix + "opens", "overlaps openingHours[" + j + "] on " + hours.day()));
                    break;
                }
            }
        }
    }

    private void checkExceptions(Checks checks) {
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < openingExceptions.size(); i++) {
            OpeningException exception = openingExceptions.get(i);
            String prefix = "openingExceptions[" + i + "].";
            checks.check(exception.date() != null, prefix + "date", "is required");
            checks.check(exception.date() == null || dates.add(exception.date()), prefix + "date", "is listed twice");
            if (exception.closed()) {
                checks.check(exception.opens() == null && exception.closes() == null, prefix + "opens",
                        "must be empty on a closed day");
            } else {
                checks.hours(exception.opens(), exception.closes(), prefix);
            }
        }
    }

    private void checkCosts(Checks checks) {
        Currency currency = Checks.currency(costProfile.currency());
        checks.check(currency != null, "costProfile.currency", "must be an ISO 4217 currency code, e.g. EUR");
        checks.money(costProfile.perOrder(), currency, "costProfile.perOrder");
        checks.money(costProfile.perUnit(), currency, "costProfile.perUnit");
        List<DistanceBand> bands = costProfile.distanceBands();
        for (int i = 0; i < bands.size(); i++) {
            String prefix = "costProfile.distanceBands[" + i + "].";
            checks.check(bands.get(i).upToKm() >= 1, prefix + "upToKm", "must be at least 1");
            checks.check(i == 0 || bands.get(i).upToKm() > bands.get(i - 1).upToKm(), prefix + "upToKm",
                    "must be greater than that of the band before");
            checks.money(bands.get(i).cost(), currency, prefix + "cost");
        }
    }

    /** This content with amounts in the currency's scale; call only on content without violations. */
    LocationContent normalized() {
        if (costProfile == null) return this;
        Currency currency = Checks.currency(costProfile.currency());
        CostProfile costs = new CostProfile(costProfile.currency(),
                Checks.normalized(costProfile.perOrder(), currency), Checks.normalized(costProfile.perUnit(), currency),
                costProfile.distanceBands().stream()
                        .map(b -> new DistanceBand(b.upToKm(), Checks.normalized(b.cost(), currency))).toList());
        return new LocationContent(type, name, address, geo, timeZone, openingHours, openingExceptions, capacity, costs,
                capabilities, partnerId, active);
    }

    private static boolean isZone(String zone) {
        if (zone == null || zone.isBlank()) return false;
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}

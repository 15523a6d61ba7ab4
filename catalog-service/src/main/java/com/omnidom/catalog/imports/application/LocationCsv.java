package com.omnidom.catalog.imports.application;

import com.omnidom.catalog.location.application.LocationDocument;
import com.omnidom.catalog.location.domain.Capability;
import com.omnidom.catalog.location.domain.LocationType;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Delivery locations as CSV, one location per record:
 * {@code id,type,name,street,postalCode,city,country,latitude,longitude,timeZone,openingHours,openingExceptions,
 * ordersPerDay,unitsPerDay,costCurrency,costPerOrder,costPerUnit,distanceBands,capabilities,partnerId,active}.
 * Lists are {@code |}-separated; opening hours are {@code MONDAY;09:00;20:00}; exceptions {@code 2026-12-25;closed}
 * or {@code 2026-12-24;10:00;14:00}; distance bands {@code upToKm;cost}.
 */
final class LocationCsv implements CsvLayout {

    static final List<String> COLUMNS = List.of("id", "type", "name", "street", "postalCode", "city", "country",
            "latitude", "longitude", "timeZone", "openingHours", "openingExceptions", "ordersPerDay", "unitsPerDay",
            "costCurrency", "costPerOrder", "costPerUnit", "distanceBands", "capabilities", "partnerId", "active");

    private static final Set<String> KNOWN = Set.copyOf(COLUMNS);

    @Override
    public boolean knows(String column) {
        return KNOWN.contains(column);
    }

    @Override
    public String description() {
        return "columns: " + String.join(", ", COLUMNS);
    }

    @Override
    public LocationDocument toDocument(CsvRow r) {
        var address = new LocationDocument.Address(r.text("street"), r.text("postalCode"), r.text("city"), r.text("country"));
        LocationDocument.Geo geo = r.text("latitude") == null && r.text("longitude") == null ? null
                : new LocationDocument.Geo(r.number("geo.latitude", r.text("latitude")),
                r.number("geo.longitude", r.text("longitude")));
        LocationDocument.Capacity capacity = r.text("ordersPerDay") == null && r.text("unitsPerDay") == null ? null
                : new LocationDocument.Capacity(r.integer("capacity.ordersPerDay", r.text("ordersPerDay")),
                r.integer("capacity.unitsPerDay", r.text("unitsPerDay")));
        List<Capability> capabilities = new ArrayList<>();
        List<String> capabilityValues = r.list("capabilities");
        for (int i = 0; i < capabilityValues.size(); i++) {
            capabilities.add(r.enumValue("capabilities[" + i + "]", capabilityValues.get(i), Capability.class));
        }
        return new LocationDocument(r.text("id"),
                r.enumValue("type", r.text("type"), LocationType.class),
                r.text("name"), address, geo, r.text("timeZone"),
                openingHours(r), openingExceptions(r), capacity, costProfile(r), capabilities,
                r.text("partnerId"), r.bool("active", r.text("active")));
    }

    private static List<LocationDocument.Hours> openingHours(CsvRow r) {
        List<LocationDocument.Hours> hours = new ArrayList<>();
        List<String> values = r.list("openingHours");
        for (int i = 0; i < values.size(); i++) {
            String[] p = CsvRow.parts(values.get(i));
            String prefix = "openingHours[" + i + "].";
            if (p.length != 3) {
                r.problem("openingHours[" + i + "]", "must be DAY;opens;closes, e.g. MONDAY;09:00;20:00");
                continue;
            }
            hours.add(new LocationDocument.Hours(r.enumValue(prefix + "day", p[0], DayOfWeek.class),
                    r.time(prefix + "opens", p[1]), r.time(prefix + "closes", p[2])));
        }
        return hours;
    }

    private static List<LocationDocument.HoursException> openingExceptions(CsvRow r) {
        List<LocationDocument.HoursException> exceptions = new ArrayList<>();
        List<String> values = r.list("openingExceptions");
        for (int i = 0; i < values.size(); i++) {
            String[] p = CsvRow.parts(values.get(i));
            String prefix = "openingExceptions[" + i + "].";
            if (p.length == 2 && "closed".equalsIgnoreCase(p[1])) {
                exceptions.add(new LocationDocument.HoursException(r.date(prefix + "date", p[0]), true, null, null));
            } else if (p.length == 3) {
                exceptions.add(new LocationDocument.HoursException(r.date(prefix + "date", p[0]), false,
                        r.time(prefix + "opens", p[1]), r.time(prefix + "closes", p[2])));
            } else {
                r.problem("openingExceptions[" + i + "]", "must be DATE;closed or DATE;opens;closes");
            }
        }
        return exceptions;
    }

    private static LocationDocument.CostProfile costProfile(CsvRow r) {
        boolean any = Stream.of("costCurrency", "costPerOrder", "costPerUnit", "distanceBands").anyMatch(c -> r.text(c) != null);
        if (!any) return null;
        List<LocationDocument.DistanceBand> bands = new ArrayList<>();
        List<String> values = r.list("distanceBands");
        for (int i = 0; i < values.size(); i++) {
            String[] p = CsvRow.parts(values.get(i));
            String prefix = "costProfile.distanceBands[" + i + "].";
            if (p.length != 2) {
                r.problem("costProfile.distanceBands[" + i + "]", "must be upToKm;cost");
                continue;
            }
            bands.add(new LocationDocument.DistanceBand(r.integer(prefix + "upToKm", p[0]), r.decimal(prefix + "cost", p[1])));
        }
        return new LocationDocument.CostProfile(r.text("costCurrency"),
                r.decimal("costProfile.perOrder", r.text("costPerOrder")),
                r.decimal("costProfile.perUnit", r.text("costPerUnit")), bands);
    }
}

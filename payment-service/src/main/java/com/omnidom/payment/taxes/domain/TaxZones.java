package com.omnidom.payment.taxes.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The calendar day of an instant in a country, for the tax point: a parcel handed over at 00:30 in Berlin on
 * 1 January is supplied in the new year although it is still 31 December in UTC. One zone per country (its capital's),
 * which fits the countries the demo sells to; a country with several zones (ES with the Canaries, PT with the Azores)
 * takes its mainland's. Countries not listed take {@link #DEFAULT} (Europe/Berlin), the retailer's own.
 */
public final class TaxZones {

    public static final ZoneId DEFAULT = ZoneId.of("Europe/Berlin");

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("DE", ZoneId.of("Europe/Berlin")), Map.entry("AT", ZoneId.of("Europe/Vienna")),
            Map.entry("FR", ZoneId.of("Europe/Paris")), Map.entry("NL", ZoneId.of("Europe/Amsterdam")),
            Map.entry("BE", ZoneId.of("Europe/Brussels")), Map.entry("IT", ZoneId.of("Europe/Rome")),
            Map.entry("ES", ZoneId.of("Europe/Madrid")), Map.entry("PL", ZoneId.of("Europe/Warsaw")),
            Map.entry("CH", ZoneId.of("Europe/Zurich")), Map.entry("CZ", ZoneId.of("Europe/Prague")),
            Map.entry("DK", ZoneId.of("Europe/Copenhagen")), Map.entry("SE", ZoneId.of("Europe/Stockholm")),
            Map.entry("LU", ZoneId.of("Europe/Luxembourg")), Map.entry("PT", ZoneId.of("Europe/Lisbon")),
            Map.entry("IE", ZoneId.of("Europe/Dublin")), Map.entry("GB", ZoneId.of("Europe/London")),
            Map.entry("FI", ZoneId.of("Europe/Helsinki")), Map.entry("NO", ZoneId.of("Europe/Oslo")));

    private TaxZones() {
    }

    public static ZoneId of(String country) {
        return country == null ? DEFAULT : ZONES.getOrDefault(country, DEFAULT);
    }

    public static LocalDate day(Instant instant, String country) {
        return instant.atZone(of(country)).toLocalDate();
    }
}

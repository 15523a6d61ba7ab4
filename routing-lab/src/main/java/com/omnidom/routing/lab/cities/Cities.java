package com.omnidom.routing.lab.cities;

import com.omnidom.kernel.GeoPoint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the bundled {@code cities-eu.csv} ({@code geonames_id,country,name,admin_code,population,latitude,longitude}):
 * every city of 15,000+ inhabitants in twelve EU/EFTA countries.
 */
public final class Cities {

    /** The countries the generated routing worlds serve. */
    public static final Set<String> DEFAULT_COUNTRIES = Set.of("DE", "AT", "CH", "NL", "BE", "LU");

    private static final String RESOURCE = "/cities-eu.csv";

    private Cities() {
    }

    /** Every city in the file. */
    public static List<City> load() {
        return load(Set.of());
    }

    /** The cities of these countries (ISO codes); all when empty. */
    public static List<City> load(Set<String> countries) {
        InputStream in = Cities.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("geonames_id,country,name")) {
                throw new IllegalStateException(RESOURCE + " has an unexpected header: " + header);
            }
            List<City> cities = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) continue;
                List<String> f = fields(line);
                if (!countries.isEmpty() && !countries.contains(f.get(1))) continue;
                cities.add(new City(Long.parseLong(f.get(0)), f.get(1), f.get(2), f.get(3), Long.parseLong(f.get(4)),
                        new GeoPoint(Double.parseDouble(f.get(5)), Double.parseDouble(f.get(6)))));
            }
            return List.copyOf(cities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 fields: names are quoted and may hold commas or doubled quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        if (fields.size() != 7) throw new IllegalStateException("expected 7 fields in cities-eu.csv line: " + line);
        return fields;
    }
}

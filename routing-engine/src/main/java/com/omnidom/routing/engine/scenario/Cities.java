package com.omnidom.routing.engine.scenario;

import com.omnidom.kernel.GeoPoint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code cities-eu.csv} ({@code geonames_id,country,name,admin_code,population,latitude,longitude}). */
public final class Cities {

    /** The countries the generated retailer serves. */
    public static final Set<String> DEFAULT_COUNTRIES = Set.of("DE", "AT", "CH", "NL", "BE", "LU");

    private Cities() {
    }

    /** From the classpath resource {@code /cities-eu.csv} (test resources) or else from the given file. */
    public static List<City> load(Path fallback, Set<String> countries) {
        try (InputStream in = Cities.class.getResourceAsStream("/cities-eu.csv")) {
            if (in != null) return read(in, countries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (fallback == null) throw new IllegalArgumentException("cities-eu.csv is not on the classpath: pass --cities FILE");
        try (InputStream in = Files.newInputStream(fallback)) {
            return read(in, countries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<City> read(InputStream in, Set<String> countries) throws IOException {
        List<City> cities = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) return cities;
        for (String row; (row = reader.readLine()) != null; ) {
            if (row.isBlank()) continue;
            List<String> f = fields(row);
            if (!countries.isEmpty() && !countries.contains(f.get(1))) continue;
            cities.add(new City(f.get(2), f.get(1), Long.parseLong(f.get(4)),
                    new GeoPoint(Double.parseDouble(f.get(5)), Double.parseDouble(f.get(6)))));
        }
        return cities;
    }

    private static List<String> fields(String row) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        out.add(current.toString());
        return out;
    }
}

package com.omnidom.routing.lab.replay;

import com.omnidom.routing.engine.CandidateLocation;
import com.omnidom.routing.engine.RoutingOrder;
import com.omnidom.routing.engine.RoutingProfile;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The replay's files: {@code snapshot.json}, {@code orders.ndjson} (one order a line) and profile JSON files. */
public final class ReplayFiles {

    // exports may carry more than the engine reads; a planner's profile with a misspelt field must not pass silently
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ReplayFiles() {
    }

    public static Snapshot readSnapshot(Path file) throws IOException {
        return JSON.readValue(Files.readString(file), Snapshot.class);
    }

    public static RoutingProfile readProfile(Path file) throws IOException {
        return STRICT.readValue(Files.readString(file), RoutingProfile.class);
    }

    public static List<RoutingOrder> readOrders(Path file) throws IOException {
        return readLines(file, RoutingOrder.class);
    }

    /** Locations as NDJSON, one {@code CandidateLocation} a line (routing-service's export). */
    public static List<CandidateLocation> readLocations(Path file) throws IOException {
        return readLines(file, CandidateLocation.class);
    }

    private static <T> List<T> readLines(Path file, Class<T> type) throws IOException {
        List<T> orders = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank()) continue;
                try {
                    orders.add(JSON.readValue(line, type));
                } catch (RuntimeException e) {
                    throw new IOException(file + " line " + number + ": " + e.getMessage(), e);
                }
            }
        }
        return orders;
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static void writeSnapshot(Path file, Snapshot snapshot) throws IOException {
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(snapshot));
    }

    public static void writeProfile(Path file, RoutingProfile profile) throws IOException {
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(profile));
    }

    public static void writeOrders(Path file, List<RoutingOrder> orders) throws IOException {
        writeLines(file, orders);
    }

    public static void writeLocations(Path file, List<CandidateLocation> locations) throws IOException {
        writeLines(file, locations);
    }

    private static void writeLines(Path file, List<?> values) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Object value : values) {
                writer.write(JSON.writeValueAsString(value));
                writer.newLine();
            }
        }
    }
}

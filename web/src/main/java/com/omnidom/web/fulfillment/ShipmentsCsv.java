package com.omnidom.web.fulfillment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A partner's shipments as a CSV file: a header row naming {@code fulfillmentId}, {@code carrier} and
 * {@code trackingNumber} (any order, any case; comma or semicolon, as spreadsheets in German locales write it), then
 * one shipment per row. A row that cannot be read is reported with its row number and never sent.
 */
public final class ShipmentsCsv {

    public static final int MAX_ROWS = 500;
    static final List<String> COLUMNS = List.of("fulfillmentid", "carrier", "trackingnumber");

    /** A row as read: either a shipment to send or why it cannot be (a message key of the pages). */
    public record Row(long number, String fulfillmentId, UUID id, String carrier, String trackingNumber, String error) {
        public boolean readable() {
            return error == null;
        }
    }

    private ShipmentsCsv() {
    }

    /** The rows, or an empty result and why the file as a whole cannot be read (a message key and its argument). */
    public static Parsed parse(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
             CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, String> header = parser.getHeaderNames().stream()
                    .collect(Collectors.toMap(h -> h.toLowerCase(Locale.ROOT), h -> h, (a, b) -> a));
            List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return Parsed.refused("csv.missingColumns", String.join(", ", missing));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    return Parsed.refused("csv.tooManyRows", Integer.toString(MAX_ROWS));
                }
                rows.add(row(record.getRecordNumber() + 1, value(record, header.get("fulfillmentid")),
                        value(record, header.get("carrier")), value(record, header.get("trackingnumber"))));
            }
            return rows.isEmpty() ? Parsed.refused("csv.noRows", "") : new Parsed(rows, null, null);
        } catch (IOException | RuntimeException unreadable) {
            return Parsed.refused("csv.unreadable", String.valueOf(unreadable.getMessage()));
        }
    }

    private static Row row(long number, String fulfillmentId, String carrier, String tracking) {
        Optional<UUID> id = uuid(fulfillmentId);
        String error = fulfillmentId.isEmpty() ? "csv.idEmpty"
                : id.isEmpty() ? "csv.notAnId"
                : carrier.isEmpty() ? "csv.carrierEmpty"
                : tracking.isEmpty() ? "csv.trackingEmpty"
                : carrier.length() > 64 ? "csv.carrierTooLong"
                : tracking.length() > 100 ? "csv.trackingTooLong" : null;
        return new Row(number, fulfillmentId, id.orElse(null), carrier, tracking, error);
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column).strip() : "";
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The readable file's rows, or why the file was refused as a whole: a message key with one argument. */
    public record Parsed(List<Row> rows, String refusal, String refusalArgument) {
        static Parsed refused(String why, String argument) {
            return new Parsed(List.of(), why, argument);
        }
    }
}

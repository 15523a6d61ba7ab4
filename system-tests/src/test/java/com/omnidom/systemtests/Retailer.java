package com.omnidom.systemtests;

import com.omnidom.testsupport.Http;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small retailer for the system tests, loaded through the public APIs: a warehouse in Berlin and stores
 * in Hamburg and Munich, with stock placed so that each scenario has exactly one right answer.
 */
final class Retailer {

    static final String WAREHOUSE_BERLIN = "WH-DE-BER";
    static final String STORE_HAMBURG = "STORE-DE-HAM";
    static final String STORE_MUNICH = "STORE-DE-MUC";
    /** Each works its own fulfilment orders with its own client of the authorization server. */
    static final List<String> STORES = List.of(STORE_HAMBURG, STORE_MUNICH);
    static final List<String> WAREHOUSES = List.of(WAREHOUSE_BERLIN);
    /** Two drop-ship partners, each with one location (Bremen, Leipzig) and one article only it carries. */
    static final String PARTNER_NORD = "PARTNER-NORD";
    static final String PARTNER_OST = "PARTNER-OST";
    static final List<String> PARTNERS = List.of(PARTNER_NORD, PARTNER_OST);
    static final String DROP_SHIPPER_BREMEN = "DS-DE-BRE";
    static final String DROP_SHIPPER_LEIPZIG = "DS-DE-LEJ";

    private Retailer() {
    }

    /** The articles of the scenarios and their price in EUR, the same on the web and in the stores. */
    static final Map<String, String> PRICES = Map.of("SKU-JACKET", "49.90", "SKU-BOOTS", "120.00", "SKU-SCARF", "19.90",
            "SKU-MUG", "12.50", "SKU-WATCH", "2999.00", "SKU-LAMP", "89.00", "SKU-RUG", "149.00");

    static void load(Http catalog, Http inventory) {
        locations(catalog);
        articles(catalog, PRICES);
        stock(inventory, WAREHOUSE_BERLIN, "SKU-JACKET", 20); // only in Berlin
        stock(inventory, STORE_MUNICH, "SKU-BOOTS", 10);      // only in Munich
        stock(inventory, STORE_HAMBURG, "SKU-SCARF", 5);      // Hamburg is nearest for Hamburg customers ...
        stock(inventory, WAREHOUSE_BERLIN, "SKU-SCARF", 5);   // ... Berlin takes over when Hamburg rejects
        stock(inventory, STORE_HAMBURG, "SKU-MUG", 10);       // for click and collect in Hamburg
        stock(inventory, STORE_MUNICH, "SKU-WATCH", 3);       // a first order this dear is held for review
        stock(inventory, DROP_SHIPPER_BREMEN, "SKU-LAMP", 50); // drop-shipped by PARTNER-NORD only
        stock(inventory, DROP_SHIPPER_LEIPZIG, "SKU-RUG", 50); // drop-shipped by PARTNER-OST only
    }

    /** The warehouse in Berlin, the stores in Hamburg and Munich and the partners' locations, without stock. */
    static void locations(Http catalog) {
        location(catalog, WAREHOUSE_BERLIN, "WAREHOUSE", "Berlin", "10115", 52.5200, 13.4050, List.of("SHIP", "ACCEPT_RETURNS"), null);
        location(catalog, STORE_HAMBURG, "STORE", "Hamburg", "20095", 53.5511, 9.9937, List.of("SHIP", "PICKUP", "ACCEPT_RETURNS"), null);
        location(catalog, STORE_MUNICH, "STORE", "Munich", "80331", 48.1374, 11.5755, List.of("SHIP", "PICKUP", "ACCEPT_RETURNS"), null);
        location(catalog, DROP_SHIPPER_BREMEN, "DROP_SHIPPER", "Bremen", "28195", 53.0793, 8.8017, List.of("SHIP"), PARTNER_NORD);
        location(catalog, DROP_SHIPPER_LEIPZIG, "DROP_SHIPPER", "Leipzig", "04109", 51.3397, 12.3731, List.of("SHIP"), PARTNER_OST);
    }

    private static void location(Http catalog, String id, String type, String city, String postalCode,
                                 double latitude, double longitude, List<String> capabilities, String partnerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("type", type);
        body.put("name", "Omnimarkt " + city);
        body.put("address", Map.of("street", "Marktplatz 1", "postalCode", postalCode, "city", city, "country", "DE"));
        body.put("geo", Map.of("latitude", latitude, "longitude", longitude));
        body.put("timeZone", "Europe/Berlin");
        body.put("openingHours", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY").stream()
                .map(day -> Map.of("day", day, "opens", "09:00", "closes", "20:00")).toList());
        body.put("openingExceptions", List.of());
        body.put("capacity", Map.of("ordersPerDay", 500, "unitsPerDay", 2000));
        body.put("costProfile", Map.of("currency", "EUR", "perOrder", "2.50", "perUnit", "0.40",
                "distanceBands", List.of(Map.of("upToKm", 1000, "cost", "4.90"))));
        body.put("capabilities", capabilities);
        body.put("partnerId", partnerId);
        body.put("active", true);
        Http.Response response = catalog.put("/api/v1/locations/" + id, body);
        assertThat(response.status()).as(response.text()).isIn(200, 201);
    }

    /** Articles sold in Germany on the web and in the stores at one EUR price each: order intake checks lines against them. */
    static void articles(Http catalog, Map<String, String> prices) {
        prices.forEach((sku, price) -> {
            Map<String, Object> body = new HashMap<>();
            body.put("sku", sku);
            body.put("kind", "PHYSICAL");
            body.put("texts", List.of(Map.of("language", "en", "name", sku, "description", "")));
            body.put("imageUrls", List.of());
            body.put("regions", List.of("DE"));
            body.put("validFrom", null);
            body.put("validUntil", null);
            body.put("components", List.of());
            body.put("accessories", List.of());
            body.put("prices", List.of("WEB", "STORE").stream().map(channel -> {
                Map<String, Object> row = new HashMap<>();
                row.put("channel", channel);
                row.put("currency", "EUR");
                row.put("amount", price);
                row.put("validFrom", null);
                row.put("validUntil", null);
                return row;
            }).toList());
            body.put("active", true);
            Http.Response response = catalog.put("/api/v1/articles/" + sku, body);
            assertThat(response.status()).as(response.text()).isIn(200, 201);
        });
    }

    private static void stock(Http inventory, String locationId, String sku, int onHand) {
        Http.Response response = inventory.put("/api/v1/stock/" + locationId + "/" + sku, Map.of("onHand", onHand));
        assertThat(response.status()).as(response.text()).isIn(200, 201);
    }

    static Map<String, Object> line(String sku, int quantity, String unitPrice) {
        return Map.of("sku", sku, "quantity", quantity, "unitPrice", unitPrice, "taxRate", "0.19");
    }

    static Map<String, Object> shipToBerlin(String email, String language, List<Map<String, Object>> lines) {
        return shipToBerlin(email, language, lines, 1);
    }

    /**
     * To house number {@code house}: order-service holds more than 20 orders an hour to one address (risk velocity), so
     * a scenario placing many orders late in a run gives each its own.
     */
    static Map<String, Object> shipToBerlin(String email, String language, List<Map<String, Object>> lines, int house) {
        return order(email, language, lines, Map.of("mode", "SHIP",
                "address", address("Alexanderplatz " + house, "10178", "Berlin"),
                "geo", Map.of("latitude", 52.5219, "longitude", 13.4132)));
    }

    static Map<String, Object> shipToHamburg(String email, List<Map<String, Object>> lines) {
        return order(email, "de", lines, Map.of("mode", "SHIP",
                "address", address("Jungfernstieg 1", "20354", "Hamburg"),
                "geo", Map.of("latitude", 53.5534, "longitude", 9.9926)));
    }

    static Map<String, Object> pickupAt(String storeId, String email, List<Map<String, Object>> lines) {
        return order(email, "en", lines, Map.of("mode", "PICKUP", "pickupLocationId", storeId));
    }

    private static Map<String, Object> address(String street, String postalCode, String city) {
        return Map.of("name", "Kim Kunde", "street", street, "postalCode", postalCode, "city", city, "country", "DE");
    }

    private static Map<String, Object> order(String email, String language, List<Map<String, Object>> lines,
                                             Map<String, Object> delivery) {
        BigDecimal total = lines.stream()
                .map(l -> new BigDecimal((String) l.get("unitPrice")).multiply(BigDecimal.valueOf((Integer) l.get("quantity"))))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return Map.of(
                "channel", "WEB_SHOP",
                "orderNumber", "WEB-" + suffix,
                "customer", Map.of("customerId", "C-" + suffix, "name", "Kim Kunde", "email", email,
                        "phone", "+49301234567", "language", language),
                "currency", "EUR",
                "lines", lines,
                "delivery", delivery,
                "tenders", List.of(Map.of("type", "CARD", "amount", total.toPlainString(), "reference", "auth-" + suffix)),
                "priority", false);
    }
}

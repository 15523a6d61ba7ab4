package com.omnidom.devstack.auth;

import com.omnidom.devstack.Options;
import com.omnidom.devstack.Options.UsageException;
import com.omnidom.devstack.demo.CatalogDocuments.Location;
import com.omnidom.devstack.demo.DemoRetailer;
import com.omnidom.routing.lab.cities.Cities;

import java.util.List;
import java.util.Set;

/**
 * Prints the demo retailer's store, warehouse and partner ids as the environment the authorization server reads
 * ({@code OMNIDOM_AUTH_STORES=...}, one variable a line), so that each has its own client without a list in YAML.
 */
public final class DemoClientIds {

    private static final String USAGE = """
            usage: java -cp ... com.omnidom.devstack.auth.DemoClientIds [--seed 42] [--stores 60]
            Prints OMNIDOM_AUTH_STORES=..., OMNIDOM_AUTH_WAREHOUSES=... and OMNIDOM_AUTH_PARTNERS=... (comma-separated).""";

    private DemoClientIds() {
    }

    public static void main(String[] args) {
        try {
            Options options = Options.parse(args, Set.of("seed", "stores"), USAGE);
            System.out.println(environment(DemoRetailer.locations(Cities.load(), options.number("seed", 42),
                    options.integer("stores", DemoRetailer.DEFAULT_STORES))));
        } catch (UsageException e) {
            e.report();
            System.exit(2);
        }
    }

    static String environment(List<Location> locations) {
        return "OMNIDOM_AUTH_STORES=" + ids(locations, "STORE") + "\n"
                + "OMNIDOM_AUTH_WAREHOUSES=" + ids(locations, "WAREHOUSE") + "\n"
                + "OMNIDOM_AUTH_PARTNERS=" + String.join(",", locations.stream().map(Location::partnerId)
                .filter(p -> p != null).distinct().sorted().toList());
    }

    private static String ids(List<Location> locations, String type) {
        return String.join(",", locations.stream()
                .filter(l -> l.type().equals(type) && l.partnerId() == null).map(Location::id).sorted().toList());
    }
}

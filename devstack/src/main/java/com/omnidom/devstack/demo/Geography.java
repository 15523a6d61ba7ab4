package com.omnidom.devstack.demo;

import com.omnidom.routing.lab.cities.City;
import com.omnidom.devstack.demo.CatalogDocuments.Address;

import java.util.Random;

/** The local conventions the demo data follows, for the demo traffic: addresses, languages, currencies. */
public final class Geography {

    private Geography() {
    }

    /** A plausible street in the local language and a postal code in the country's format (not a real address). */
    public static Address address(City city, Random random) {
        return LocationGenerator.address(city, random);
    }

    /** de, de-CH, fr, nl, it, es, da, pl or cs. */
    public static String language(City city) {
        return LocationGenerator.language(city);
    }

    /** EUR, or CHF in Switzerland and PLN in Poland: the currencies the demo articles have prices in. */
    public static String currency(String country) {
        return LocationGenerator.currency(country);
    }

    /** ASCII upper-case id part: "Łódź" → "LODZ". */
    public static String slug(String name) {
        return LocationGenerator.slug(name);
    }
}

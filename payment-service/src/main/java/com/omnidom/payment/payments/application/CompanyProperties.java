package com.omnidom.payment.payments.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * The retailer's legal details printed on invoices and credit notes: the issuing company, and optionally another one
 * per tax country (a subsidiary registered there) under {@code countries.<ISO code>}. The company's {@code id} keys
 * its number ranges; {@code country} is its home, the tax country of orders that name none (see RecordPayment).
 */
@ConfigurationProperties("omnidom.payment.company")
public record CompanyProperties(
        @DefaultValue("omnidom") String id,
        @DefaultValue("Omnidom Retail GmbH") String name,
        @DefaultValue("Beispielstraße 1") String street,
        @DefaultValue("10115") String postalCode,
        @DefaultValue("Berlin") String city,
        @DefaultValue("DE") String country,
        @DefaultValue("DE000000000") String vatId,
        @DefaultValue("Amtsgericht Charlottenburg, HRB 000000 B") String register,
        Map<String, Company> countries) {

    public record Company(String id, String name, String street, String postalCode, String city, String country,
                          String vatId, String register) {
    }

    /** Who issues the documents of orders taxed in {@code taxCountry}. */
    public Company issuer(String taxCountry) {
        if (countries != null && taxCountry != null && countries.containsKey(taxCountry)) return countries.get(taxCountry);
        return new Company(id, name, street, postalCode, city, country, vatId, register);
    }
}

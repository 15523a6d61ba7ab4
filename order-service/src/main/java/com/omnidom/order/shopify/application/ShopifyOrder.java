package com.omnidom.order.shopify.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fields of Shopify's Order resource (as the {@code orders/create} webhook sends it) that an Omnidom order needs;
 * everything else in the payload is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopifyOrder(
        Long id,
        String name,
        String email,
        String phone,
        String currency,
        @JsonProperty("taxes_included") Boolean taxesIncluded,
        @JsonProperty("browser_ip") String browserIp,
        @JsonProperty("customer_locale") String customerLocale,
        @JsonProperty("location_id") Long locationId,
        Customer customer,
        @JsonProperty("billing_address") Address billingAddress,
        @JsonProperty("shipping_address") Address shippingAddress,
        @JsonProperty("line_items") List<LineItem> lineItems,
        @JsonProperty("shipping_lines") List<ShippingLine> shippingLines,
        @JsonProperty("payment_gateway_names") List<String> paymentGatewayNames) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customer(Long id, String email, String phone, @JsonProperty("first_name") String firstName,
                           @JsonProperty("last_name") String lastName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String name, @JsonProperty("first_name") String firstName,
                          @JsonProperty("last_name") String lastName, String address1, String address2, String city,
                          String zip, @JsonProperty("country_code") String countryCode, String phone, Double latitude,
                          Double longitude) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LineItem(String sku, @JsonProperty("variant_id") Long variantId, Integer quantity, BigDecimal price,
                           @JsonProperty("total_discount") BigDecimal totalDiscount,
                           @JsonProperty("tax_lines") List<TaxLine> taxLines) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaxLine(BigDecimal rate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShippingLine(String code, String title) {
    }
}

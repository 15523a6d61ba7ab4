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
        @JsonProperty("payment_gateway_names") List<String> paymentGatewayNames,
        Boolean test,
        @JsonProperty("cancelled_at") String cancelledAt,
        @JsonProperty("cancel_reason") String cancelReason,
        @JsonProperty("financial_status") String financialStatus,
        @JsonProperty("total_price") BigDecimal totalPrice,
        @JsonProperty("current_total_price") BigDecimal currentTotalPrice,
        @JsonProperty("discount_applications") List<DiscountApplication> discountApplications) {

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
                           @JsonProperty("tax_lines") List<TaxLine> taxLines,
                           @JsonProperty("discount_allocations") List<DiscountAllocation> discountAllocations) {
    }

    /** The share of one of the order's {@code discount_applications} on a line or a shipping line (before tax when the shop's prices exclude it). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DiscountAllocation(BigDecimal amount, @JsonProperty("discount_application_index") Integer applicationIndex) {
    }

    /** A discount of the order: a code, a manual one, an automatic one or a script's. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DiscountApplication(String type, String code, String title, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaxLine(BigDecimal rate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShippingLine(String code, String title, BigDecimal price,
                               @JsonProperty("discounted_price") BigDecimal discountedPrice,
                               @JsonProperty("tax_lines") List<TaxLine> taxLines,
                               @JsonProperty("discount_allocations") List<DiscountAllocation> discountAllocations) {
    }
}

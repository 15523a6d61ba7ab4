package com.omnidom.order.order.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.omnidom.order.catalog.domain.TaxCategory;
import com.omnidom.order.order.domain.ChargeType;
import com.omnidom.order.order.domain.Channel;
import com.omnidom.order.order.domain.DeliveryMode;
import com.omnidom.order.order.domain.TenderType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as a channel sends it. Bean Validation checks presence and sizes (400); the business rules (quantities,
 * money, currency, delivery, tenders adding up) are the domain's (422). Fields the server owns (id, status, line ids,
 * quantities) are ignored if sent, like any unknown field.
 */
@Schema(name = "OrderRequest", description = "An order placed in a channel")
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderRequest(
        @NotNull Channel channel,
        @Schema(example = "WEB-100001", description = "The channel's own order number; unique per channel")
        @NotBlank @Size(max = 64) String orderNumber,
        @NotNull @Valid Customer customer,
        @Schema(example = "EUR", description = "ISO 4217 code of every amount") @NotBlank @Size(max = 3) String currency,
        @Schema(description = "At least one line; ids are assigned by the service (\"1\", \"2\", ...)")
        @NotNull @Size(max = 500) List<@Valid @NotNull Line> lines,
        @NotNull @Valid Delivery delivery,
        @Schema(description = "How the order is paid; the amounts add up to the order total")
        @NotNull @Size(max = 20) List<@Valid @NotNull Tender> tenders,
        @Schema(description = "VIP order, routed first; defaults to false") Boolean priority,
        @Schema(description = "Where the payment method is registered; only its country is checked (risk: billing vs "
                + "delivery country)") @Valid Address billingAddress,
        @Schema(example = "203.0.113.7", description = "The shopper's IP address as the channel saw it (risk lists)")
        @Size(max = 45) String clientIp,
        @Schema(example = "[\"WINTER10\"]", description = "Coupon codes of the catalog's promotions (any case); each must "
                + "apply to this order (422 naming promotionCodes[i] otherwise)")
        // absent when null, so the Idempotency-Key fingerprints of requests without them stay as they were
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 10) List<@NotBlank @Size(max = 32) String> promotionCodes,
        @Schema(description = "Discounts the channel granted itself: order-level, or on one line (lineId: the request's "
                + "line number from 1)")
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 20) List<@Valid @NotNull Discount> discounts,
        @Schema(description = "What the order costs besides its lines (shipping, handling, gift wrap); part of the total "
                + "the tenders add up to; ids S1, S2, ... are assigned by the service")
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 20) List<@Valid @NotNull Charge> charges) {

    /** An order without charges. */
    public OrderRequest(Channel channel, String orderNumber, Customer customer, String currency, List<Line> lines,
                        Delivery delivery, List<Tender> tenders, Boolean priority, Address billingAddress, String clientIp,
                        List<String> promotionCodes, List<Discount> discounts) {
        this(channel, orderNumber, customer, currency, lines, delivery, tenders, priority, billingAddress, clientIp,
                promotionCodes, discounts, null);
    }

    public OrderRequest(Channel channel, String orderNumber, Customer customer, String currency, List<Line> lines,
                        Delivery delivery, List<Tender> tenders, Boolean priority) {
        this(channel, orderNumber, customer, currency, lines, delivery, tenders, priority, null, null);
    }

    /** An order without coupons or channel discounts. */
    public OrderRequest(Channel channel, String orderNumber, Customer customer, String currency, List<Line> lines,
                        Delivery delivery, List<Tender> tenders, Boolean priority, Address billingAddress, String clientIp) {
        this(channel, orderNumber, customer, currency, lines, delivery, tenders, priority, billingAddress, clientIp, null, null);
    }

    /** A discount the channel already granted: {@code amount} off the order's goods, or off line {@code lineId}. */
    @Schema(name = "OrderRequestDiscount")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Discount(
            @Schema(example = "NEWSLETTER5") @NotBlank @Size(max = 64) String code,
            @Schema(example = "Newsletter discount") @NotBlank @Size(max = 200) String name,
            @Schema(type = "string", example = "5.00", description = "More than 0, at most the currency's decimals")
            @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull BigDecimal amount,
            @Schema(example = "1", description = "The request's line (from 1); absent: order-level") @Size(max = 10) String lineId) {
    }

    /** A charge besides the lines: {@code amount} is what the customer pays for it, its {@code discounts} deducted. */
    @Schema(name = "OrderRequestCharge")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Charge(
            @NotNull ChargeType type,
            @Schema(example = "Standard shipping") @NotBlank @Size(max = 200) String name,
            @Schema(type = "string", example = "4.90", description = "Gross, after its discounts; 0 or more, at most the currency's decimals")
            @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull BigDecimal amount,
            @Schema(type = "string", example = "0.19", description = "0 to 1; required unless taxCategory is given")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate,
            @Schema(description = "The tax category it is taxed under; required unless taxRate is given") TaxCategory taxCategory,
            @Schema(description = "What was taken off it (e.g. a free-shipping code), for the record: amount is after them")
            @Size(max = 10) List<@Valid @NotNull ChargeDiscount> discounts) {
    }

    @Schema(name = "OrderRequestChargeDiscount")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChargeDiscount(
            @Schema(example = "FREESHIP") @NotBlank @Size(max = 64) String code,
            @Schema(example = "Free shipping") @Size(max = 200) String name,
            @Schema(type = "string", example = "4.90") @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull BigDecimal amount) {
    }

    @Schema(name = "OrderRequestCustomer")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customer(
            @Schema(example = "C-1", description = "The channel's customer id; may be left out when a loyaltyId identifies the customer")
            @Size(max = 64) String customerId,
            @Schema(example = "Anna Muster") @NotBlank @Size(max = 200) String name,
            @Schema(example = "anna@example.com") @Email @Size(max = 254) String email,
            @Size(max = 40) String phone,
            @Schema(example = "de", description = "BCP 47 language tag") @Size(max = 35) String language,
            @Schema(example = "LOY-4711", description = "Loyalty card scanned at the till (STORE_POS)") @Size(max = 64) String loyaltyId) {
    }

    @Schema(name = "OrderRequestLine")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(
            @Schema(example = "A-000001") @NotBlank @Size(max = 64) String sku,
            @Schema(example = "2", description = "1 to 999") @NotNull Integer quantity,
            @Schema(type = "string", example = "19.99", description = "Gross price of one unit, at most the currency's decimals")
            @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull BigDecimal unitPrice,
            @Schema(type = "string", example = "0.19", description = "0 to 1")
            @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull BigDecimal taxRate) {
    }

    @Schema(name = "OrderRequestDelivery", description = "SHIP needs an address, PICKUP a pickupLocationId")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Delivery(
            @NotNull DeliveryMode mode,
            @Valid Address address,
            @Valid Geo geo,
            @Schema(example = "STORE-DE-BERLIN-01") @Size(max = 64) String pickupLocationId,
            @Schema(description = "Express shipping paid for; defaults to false") Boolean express,
            @Schema(example = "2025-03-07", description = "The day delivery (or readiness for pickup) was promised to "
                    + "the customer, ISO 8601 date; today (UTC) or later; omitted or null: nothing promised. "
                    + "Routing weighs lateness against it")
            LocalDate promiseDate) {
    }

    @Schema(name = "OrderRequestAddress")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(
            @Size(max = 200) String name,
            @Size(max = 200) String street,
            @Size(max = 20) String postalCode,
            @Size(max = 100) String city,
            @Schema(example = "DE", description = "ISO 3166-1 alpha-2") @Size(max = 2) String country) {
    }

    @Schema(name = "OrderRequestGeo", description = "WGS 84 degrees")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Geo(@NotNull Double latitude, @NotNull Double longitude) {
    }

    @Schema(name = "OrderRequestTender")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tender(
            @NotNull TenderType type,
            @Schema(type = "string", example = "29.98") @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull BigDecimal amount,
            @Schema(example = "psp-auth-123", description = "PSP authorisation, gift card number or loyalty account")
            @Size(max = 200) String reference,
            @Schema(example = "fp_9f86d081884c7d65", description = "The PSP's fingerprint of the card or payment token")
            @Size(max = 200) String fingerprint) {
    }
}

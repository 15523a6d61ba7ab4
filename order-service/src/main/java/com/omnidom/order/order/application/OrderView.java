package com.omnidom.order.order.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.omnidom.order.order.domain.Address;
import com.omnidom.order.order.domain.ChargeType;
import com.omnidom.order.order.domain.Channel;
import com.omnidom.order.order.domain.Customer;
import com.omnidom.order.order.domain.Delivery;
import com.omnidom.order.order.domain.FulfillmentStatus;
import com.omnidom.order.order.domain.OrderStatus;
import com.omnidom.order.order.domain.TenderType;
import com.omnidom.order.catalog.domain.TaxCategory;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as clients read it: what was ordered, where each line stands, the money, the fulfilment orders and the timeline. */
@Schema(name = "Order")
public record OrderView(
        UUID id,
        String orderNumber,
        Channel channel,
        OrderStatus status,
        String currency,
        @Schema(type = "string", example = "39.98", description = "Gross: Σ quantity × unit price + Σ charges")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        boolean priority,
        Customer customer,
        Delivery delivery,
        List<TenderView> tenders,
        List<LineView> lines,
        @Schema(type = "string", example = "0.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal capturedAmount,
        @Schema(type = "string", example = "0.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refundedAmount,
        List<FulfillmentView> fulfillments,
        List<TimelineView> timeline,
        @Schema(type = "string", example = "0.00", description = "Authorised money given back (cancelled lines)")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal releasedAmount,
        @Schema(description = "When the order entered its current status") Instant statusSince,
        @Schema(description = "The location working the order (last assigned), else the pickup store") String locationId,
        @Schema(description = "The order this one replaces (wrong or defective items sent again)") UUID replacesOrderId,
        Address billingAddress,
        @Schema(description = "What the order costs besides its lines (shipping, ...); included in total")
        List<ChargeView> charges) {

    @Schema(name = "OrderCharge")
    public record ChargeView(
            @Schema(example = "S1") String chargeId,
            ChargeType type,
            String name,
            @Schema(type = "string", example = "4.90", description = "Gross, after its discounts") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            @Schema(type = "string", example = "0.19") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate,
            TaxCategory taxCategory,
            List<Discount> discounts) {
    }

    @Schema(name = "OrderTender")
    public record TenderView(
            String tenderId,
            TenderType type,
            @Schema(type = "string", example = "29.98") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            String reference,
            String fingerprint) {
    }

    @Schema(name = "OrderLine")
    public record LineView(
            String lineId,
            String sku,
            @Schema(type = "string", example = "19.99") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
            @Schema(type = "string", example = "0.19") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate,
            Quantities quantities,
            @Schema(description = "The article's tax category from the catalog (null on orders taken before)")
            TaxCategory taxCategory,
            @Schema(description = "Set on a component line of an ordered bundle: which bundle line it came from")
            Bundle bundle,
            @Schema(type = "string", example = "21.99", description = "The unit price before the line's discounts; null when it has none (unitPrice is what the customer pays per unit)")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice,
            @Schema(description = "The discounts taken off this line, each for all its units; empty when none")
            List<Discount> discounts) {
    }

    /** A discount on a line: the promotion's code (an automatic one's id) or the channel's, its name, the amount off the line. */
    @Schema(name = "OrderLineDiscount")
    public record Discount(String code, String name,
                           @Schema(type = "string", example = "2.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }

    /** The ordered bundle a component line belongs to: its line in the request (from 1) and its SKU. */
    @Schema(name = "OrderLineBundle")
    public record Bundle(int line, String sku) {
    }

    @Schema(name = "LineQuantities", description = "Units of the line per state; assigned = given to a location by routing, "
            + "readyForPickup = waiting at the store now")
    public record Quantities(int ordered, int assigned, int allocated, int shipped, int readyForPickup, int pickedUp,
                             int returned, int refunded, int unroutable,
                             @Schema(description = "Units cancelled before they were handed over") int cancelled) {
    }

    @Schema(name = "OrderFulfillment", description = "One location's part of the order")
    public record FulfillmentView(UUID fulfillmentId, String locationId, FulfillmentStatus status) {
    }

    @Schema(name = "TimelineEntry")
    public record TimelineView(Instant at,
                               @Schema(example = "FulfillmentShipped", description = "The fact's event name") String type,
                               String summary) {
    }
}

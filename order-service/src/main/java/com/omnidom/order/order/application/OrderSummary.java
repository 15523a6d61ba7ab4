package com.omnidom.order.order.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.omnidom.order.order.domain.Channel;
import com.omnidom.order.order.domain.OrderStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One order in a list: enough to find it, without lines and timeline. */
@Schema(name = "OrderSummary")
public record OrderSummary(
        UUID id,
        String orderNumber,
        Channel channel,
        OrderStatus status,
        String customerId,
        String currency,
        @Schema(type = "string", example = "39.98") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        boolean priority,
        @Schema(description = "When the order was placed") Instant acceptedAt,
        String email,
        @Schema(description = "When the order entered its current status") Instant statusSince,
        @Schema(description = "The location working the order (last assigned), else the pickup store") String locationId) {
}

package com.omnidom.returns.sale.web;

import com.omnidom.returns.sale.application.ReturnableLines;
import com.omnidom.returns.sale.domain.OrderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Returnable lines", description = "What of an order has been shipped or picked up and may come back")
class ReturnableController {

    private final ReturnableLines returnableLines;

    ReturnableController(ReturnableLines returnableLines) {
        this.returnableLines = returnableLines;
    }

    @GetMapping("/api/v1/orders/{orderId}/returnable")
    @Operation(summary = "Read an order's returnable lines",
            description = "returnableQuantity = shipped or picked up − in returns not cancelled. 404 while the order "
                    + "has not reached returns-service (yet).")
    ReturnableResponse get(@PathVariable UUID orderId) {
        return ReturnableResponse.of(orderId, returnableLines.of(new OrderId(orderId)));
    }
}

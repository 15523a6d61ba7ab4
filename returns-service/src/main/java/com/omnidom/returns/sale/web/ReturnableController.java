package com.omnidom.returns.sale.web;

import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
import com.omnidom.returns.sale.application.ReturnableLines;
import com.omnidom.returns.sale.domain.OrderId;
import com.omnidom.returns.sale.domain.SoldLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
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
                    + "has not reached returns-service (yet), and for a channel caller when another channel sold it.")
    ReturnableResponse get(@PathVariable UUID orderId, Caller caller) {
        // a store takes back any channel's order over the counter; a channel sees only its own orders
        String channel = caller.onlyChannel(Roles.STORE, Roles.CS_AGENT);
        return ReturnableResponse.of(orderId, returnableLines.of(new OrderId(orderId), channel));
    }

    @GetMapping("/api/v1/returnable-orders")
    @Operation(summary = "Find an order's returnable lines by its number",
            description = "For the counter: the customer names the order by the number on their e-mail or receipt. The "
                    + "answer carries the order's id for the return. 404 when no order with that number has reached "
                    + "returns-service (for a channel caller: none its channel sold); 409 when orders of several "
                    + "channels carry the number (ask for the order id).")
    ReturnableResponse byNumber(@RequestParam @NotBlank @Size(max = 100) String orderNumber, Caller caller) {
        String channel = caller.onlyChannel(Roles.STORE, Roles.CS_AGENT);
        List<SoldLine> lines = returnableLines.ofNumber(orderNumber.strip(), channel);
        return ReturnableResponse.of(lines.getFirst().orderId().value(), lines);
    }
}

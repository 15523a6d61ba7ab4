package com.omnidom.order.order.web;

import com.omnidom.order.order.application.AcceptOrder;
import com.omnidom.order.order.application.AcceptedOrder;
import com.omnidom.order.order.application.ChangeOrder;
import com.omnidom.order.order.application.ServiceActions;
import com.omnidom.order.order.application.OrderRequest;
import com.omnidom.order.order.application.OrderSearch;
import com.omnidom.order.order.application.OrderSummary;
import com.omnidom.order.order.application.OrderView;
import com.omnidom.order.order.application.ResultPage;
import com.omnidom.order.order.domain.Channel;
import com.omnidom.order.order.domain.OrderStatus;
import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
import com.omnidom.platform.web.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "Orders from the channels and where each of their lines stands")
class OrderController {

    private final AcceptOrder acceptOrder;
    private final OrderSearch search;
    private final ChangeOrder changeOrder;

    OrderController(AcceptOrder acceptOrder, OrderSearch search, ChangeOrder changeOrder) {
        this.acceptOrder = acceptOrder;
        this.search = search;
        this.changeOrder = changeOrder;
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel an order or some of its units",
            description = "Without lines every open unit; else the given units of the given lines. OrderCancelled (routing "
                    + "takes the units off the fulfilment orders, payment releases their amount). 409 when too late: units "
                    + "already shipped, waiting at the store or picked up cannot be cancelled, nor a held (use the review "
                    + "queue) or rejected order; nothing is cancelled then (units waiting at the store are cancelled only "
                    + "when their pickup expires, by the order itself). 422 for an unknown line, or the reason PICKUP_EXPIRED "
                    + "(the expiry's own).")
    OrderView cancel(@PathVariable UUID id, @Valid @RequestBody ServiceActions.Cancel request, Caller caller) {
        return changeOrder.cancel(id, request, caller.subject());
    }

    @PutMapping("/{id}/delivery")
    @Operation(summary = "Change the delivery address",
            description = "Only before any location was assigned (409 after), DeliveryAddressChanged. 422 for a broken "
                    + "delivery (same rules as at intake).")
    OrderView changeDelivery(@PathVariable UUID id, @Valid @RequestBody ServiceActions.DeliveryChange request,
                             Caller caller) {
        return changeOrder.changeDelivery(id, request, caller.subject());
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Add a note to the order", description = "On the timeline, and OrderNoteAdded once the order is accepted.")
    OrderView addNote(@PathVariable UUID id, @Valid @RequestBody ServiceActions.Note request, Caller caller) {
        return changeOrder.addNote(id, request, caller.subject());
    }

    @PostMapping("/{id}/replacements")
    @ApiResponse(responseCode = "201", description = "The replacement order, accepted (OrderAccepted with replacesOrderId)",
            headers = @Header(name = "Location", description = "/api/v1/orders/{replacementId}"))
    @Operation(summary = "Send wrong or defective items again",
            description = "A new order of the same customer linked to this one, free of charge unless unit prices (and "
                    + "tenders covering them) are given; numbered <orderNumber>-R1, -R2, ... 409 when a line asks for more "
                    + "units than were handed over, counting the units of earlier replacements of that line.")
    ResponseEntity<OrderView> replace(@PathVariable UUID id, @Valid @RequestBody ServiceActions.Replacement request,
                                      Caller caller) {
        OrderView replacement = changeOrder.replace(id, request, caller.subject());
        return ResponseEntity.created(URI.create("/api/v1/orders/" + replacement.id())).body(replacement);
    }

    @PostMapping
    @Operation(summary = "Place an order",
            description = "201 with the order. The same Idempotency-Key with the same body answers the first answer again "
                    + "(also while the first request is still running); with a different body 422. "
                    + "400 for missing or unreadable fields, 422 naming the field for broken rules "
                    + "(quantity 1..999, amounts with the currency's decimals, tenders adding up to the total, SHIP needs an "
                    + "address, PICKUP a pickupLocationId, delivery.promiseDate not before today in UTC; each line's article known, active, valid, sold in the delivery "
                    + "country and priced in the catalog for the channel and currency, the unit price as the channel's pricing "
                    + "policy wants it, e.g. lines[1].sku unknown article; bundles become their component lines), 409 if the channel's order number exists. "
                    + "A channel client posts for the channel its token names, a customer-service agent CALL_CENTER orders; "
                    + "another channel is 403 and nothing is stored.")
    @ApiResponse(responseCode = "201", description = "The order accepted, or the stored answer to an earlier request "
            + "with the same Idempotency-Key (then with Idempotent-Replayed: true)",
            headers = @Header(name = "Location", description = "/api/v1/orders/{id}"))
    ResponseEntity<OrderView> place(
            @Parameter(description = "Client-chosen key (1 to 200 visible ASCII characters) that makes retries safe")
            @RequestHeader(name = AcceptOrder.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Valid @RequestBody OrderRequest request, Caller caller) {
        Channel allowed = intakeChannel(caller);
        if (allowed != null && allowed != request.channel()) {
            throw new AccessDeniedException("This caller may place orders of channel " + allowed + " only, not "
                    + request.channel() + ".");
        }
        AcceptedOrder accepted = acceptOrder.accept(request, idempotencyKey);
        var response = ResponseEntity.created(URI.create("/api/v1/orders/" + accepted.order().id()));
        if (accepted.replayed()) response.header("Idempotent-Replayed", "true");
        return response.body(accepted.order());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an order", description = "Lines with quantities per state, money, fulfilment orders and "
            + "timeline; 404 if there is no such order, or it is another channel's and the caller a channel client.")
    OrderView get(@PathVariable UUID id, Caller caller) {
        Channel only = readableChannel(caller);
        OrderView order = search.get(id);
        // another channel's order is not there for this caller: the same 404 as a missing one, nothing of it shown
        if (only != null && order.channel() != only) throw new ResourceNotFound("No order with id " + id + ".");
        return order;
    }

    @GetMapping
    @Operation(summary = "Search orders", description = "Newest first, by any of the channel's order number, customer, e-mail (any case), status, channel, "
            + "placement time (from inclusive, to exclusive, ISO-8601 instants) and location (the location working the order "
            + "or any of its fulfilment orders, or the pickup store). A channel client finds only its own channel's orders.")
    ResultPage<OrderSummary> list(
            @RequestParam(required = false) String customerId,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String locationId,
            @Parameter(description = "The channel's own order number, e.g. SHOPIFY-450789469 (exact)")
            @RequestParam(required = false) @Size(max = 64) String orderNumber,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            Caller caller) {
        Channel only = readableChannel(caller);
        if (only != null) {
            if (channel != null && channel != only) return ResultPage.of(List.of(), page, size, 0);
            channel = only;
        }
        return search.find(new OrderSearch.Criteria(customerId, email, status, channel, from, to, locationId, orderNumber),
                page, size);
    }

    /**
     * The channel a caller may place orders for, null for any: a channel client its token's channel; a customer-service
     * agent without the channel role takes orders by phone, so CALL_CENTER.
     */
    static Channel intakeChannel(Caller caller) {
        String only = caller.onlyChannel(Roles.CS_AGENT);
        if (only == null && !caller.hasRole(Roles.CHANNEL)) return Channel.CALL_CENTER;
        return channel(only);
    }

    /** The channel whose orders a caller reads, null for all: a channel client sees only its own. */
    static Channel readableChannel(Caller caller) {
        return channel(caller.onlyChannel(Roles.CS_AGENT, Roles.RISK_REVIEWER));
    }

    private static Channel channel(String claim) {
        if (claim == null) return null;
        return Arrays.stream(Channel.values()).filter(c -> c.name().equals(claim)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("the token's channel '" + claim + "' is no order channel"));
    }
}

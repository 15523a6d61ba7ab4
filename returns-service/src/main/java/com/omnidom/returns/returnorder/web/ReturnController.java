package com.omnidom.returns.returnorder.web;

import com.omnidom.kernel.Page;
import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
import com.omnidom.returns.returnorder.application.CancelReturn;
import com.omnidom.returns.returnorder.application.ReceiveReturn;
import com.omnidom.returns.returnorder.application.RequestReturn;
import com.omnidom.returns.returnorder.application.ReturnQueries;
import com.omnidom.returns.returnorder.application.ReturnScope;
import com.omnidom.returns.returnorder.domain.ReturnChannel;
import com.omnidom.returns.returnorder.domain.ReturnId;
import com.omnidom.returns.returnorder.domain.ReturnSnapshot;
import com.omnidom.returns.sale.domain.OrderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/returns")
@Tag(name = "Returns", description = "Return orders against shipped or picked-up order lines")
class ReturnController {

    private static final String SCOPED = "A store sees only returns at its own location, a channel only those of orders "
            + "it sold: another's return is 404.";

    private final RequestReturn requestReturn;
    private final ReceiveReturn receiveReturn;
    private final CancelReturn cancelReturn;
    private final ReturnQueries queries;

    ReturnController(RequestReturn requestReturn, ReceiveReturn receiveReturn, CancelReturn cancelReturn,
                     ReturnQueries queries) {
        this.requestReturn = requestReturn;
        this.receiveReturn = receiveReturn;
        this.cancelReturn = cancelReturn;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Request a return",
            description = "201 + Location, status REQUESTED (RECEIVED with receiveNow, STORE only). 422 naming the field "
                    + "when the order is not known yet, a line is not part of it, or a quantity exceeds what was "
                    + "shipped or picked up minus what is in other returns; nothing is written then. A store caller takes "
                    + "STORE returns at its own location (the token's), a channel caller requests ONLINE returns of "
                    + "orders it sold (another channel's order is 404); anything else is 403.")
    @ApiResponse(responseCode = "201", description = "The return requested", headers = @Header(name = "Location", description = "/api/v1/returns/{id}"))
    ResponseEntity<ReturnResponse> request(@Valid @RequestBody ReturnRequestBody body, Caller caller) {
        ReturnScope scope = scope(caller);
        if (scope.location() != null
                && (body.channel() != ReturnChannel.STORE || !scope.location().equals(body.locationId()))) {
            throw new AccessDeniedException("A store takes STORE returns at its own location " + scope.location() + ".");
        }
        if (scope.channel() != null && body.channel() != ReturnChannel.ONLINE) {
            throw new AccessDeniedException("A channel requests ONLINE returns; STORE returns are taken by the store.");
        }
        ReturnSnapshot created = requestReturn.request(body.toNewReturn(), scope);
        return ResponseEntity.created(URI.create("/api/v1/returns/" + created.id())).body(ReturnResponse.of(created));
    }

    @PostMapping("/{id}/receive")
    @Operation(summary = "Receive a return with its inspection",
            description = "REQUESTED → RECEIVED; refundAmount = Σ received units × gross unit price; publishes "
                    + "ReturnReceived. Units not received become returnable again. 409 in any other state. A store "
                    + "receives only returns to its own location (others are 404).")
    ReturnResponse receive(@PathVariable UUID id, @Valid @RequestBody ReceiveRequestBody body, Caller caller) {
        return ReturnResponse.of(receiveReturn.receive(new ReturnId(id), body.toInspections(), scope(caller)));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a requested return", description = "REQUESTED → CANCELLED; its units become returnable "
            + "again. 409 in any other state. " + SCOPED)
    ReturnResponse cancel(@PathVariable UUID id, Caller caller) {
        return ReturnResponse.of(cancelReturn.cancel(new ReturnId(id), scope(caller)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a return", description = SCOPED)
    ReturnResponse get(@PathVariable UUID id, Caller caller) {
        return ReturnResponse.of(queries.get(new ReturnId(id), scope(caller)));
    }

    @GetMapping
    @Operation(summary = "List an order's returns", description = "Oldest first, all on one page. A store's list holds "
            + "only the returns at its location, a channel's only those of orders it sold.")
    Page<ReturnResponse> list(@RequestParam UUID orderId, Caller caller) {
        return Page.all(queries.ofOrder(new OrderId(orderId), scope(caller)).stream().map(ReturnResponse::of).toList());
    }

    /** A store acts only at its own location, a channel only on the orders it sold; staff roles everywhere. */
    private static ReturnScope scope(Caller caller) {
        String location = caller.onlyLocation(Roles.CS_AGENT, Roles.OPS, Roles.FINANCE);
        String channel = location == null ? caller.onlyChannel(Roles.CS_AGENT, Roles.OPS, Roles.FINANCE) : null;
        return new ReturnScope(channel, location);
    }
}

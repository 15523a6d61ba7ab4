package com.omnidom.payment.payments.web;

import com.omnidom.payment.payments.application.PaymentQueries;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments", description = "Tenders, captures per shipment, releases per cancellation, refunds per return and invoices of an order (read-only: money moves on events)")
class PaymentController {

    private final PaymentQueries queries;

    PaymentController(PaymentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "Read an order's payment",
            description = "Authorised, captured, released and refunded totals, per tender and per line (captured, cancelled "
                    + "and returned units), with the captures, releases of cancelled lines, refunds and invoices (net + tax = gross, tax per rate). 404 until the order's OrderAccepted was processed; "
                    + "400 if orderId is not a UUID. Tender references (gift card numbers, loyalty accounts, PSP "
                    + "authorisations) are shown whole to finance only, to others as their last four characters.")
    PaymentResponse get(@PathVariable UUID orderId, Caller caller) {
        return PaymentResponse.of(queries.find(new OrderId(orderId)), caller.hasRole(Roles.FINANCE));
    }
}

package com.omnidom.payment.payments.web;

import com.omnidom.payment.payments.application.PaymentQueries;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
            description = "Authorised, captured, released and refunded totals and a summary (invoiced, paid, open on "
                    + "account), per tender, per line (captured, cancelled and returned units) and per charge (shipping, "
                    + "gift wrap: captured, cancelled, refunded), with the captures, releases of cancelled lines, refunds "
                    + "and invoices (net + tax = gross, tax per rate; due date, paid, open and dunning level when paid on "
                    + "account). 404 until the order's OrderAccepted was processed; "
                    + "400 if orderId is not a UUID. Tender references (gift card numbers, loyalty accounts, PSP "
                    + "authorisations) are shown whole to finance only, to others as their last four characters.")
    PaymentResponse get(@PathVariable UUID orderId, Caller caller) {
        return PaymentResponse.of(queries.find(new OrderId(orderId)), caller.hasRole(Roles.FINANCE));
    }

    @GetMapping(value = "/{orderId}/documents/{number}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "An invoice or credit note as PDF",
            description = "Rendered from the stored document (lines, rates, totals) with the issuing company's details, "
                    + "labelled in the customer's language (de, else en). 404 when the order has no invoice or credit "
                    + "note with this number.")
    @ApiResponse(responseCode = "200", description = "The document", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> document(@PathVariable UUID orderId, @PathVariable String number) {
        byte[] pdf = queries.document(new OrderId(orderId), number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(number + ".pdf").build().toString())
                .body(pdf);
    }
}

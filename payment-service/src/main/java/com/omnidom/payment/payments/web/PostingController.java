package com.omnidom.payment.payments.web;

import com.omnidom.payment.payments.application.PostingQueries;
import com.omnidom.payment.payments.domain.OrderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

@RestController
@Tag(name = "Postings", description = "Balanced journal entries of invoices, captures, refunds and credit notes for the debtor (finance) system")
class PostingController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PostingQueries queries;

    PostingController(PostingQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/payments/{orderId}/postings")
    @Operation(summary = "An order's journal entries and debtor balance",
            description = "Every entry posted for the order (invoices, captures, refunds, credit notes) in entry number "
                    + "order, each balanced (debits = credits), and the receivable still open: 0 once the order is "
                    + "settled. 404 until the order's OrderAccepted was processed; 400 if orderId is not a UUID.")
    PostingsResponse ofOrder(@PathVariable UUID orderId) {
        return PostingsResponse.of(queries.ofOrder(new OrderId(orderId)));
    }

    @GetMapping(value = "/api/v1/postings/export", produces = "text/csv")
    @Operation(summary = "The journal entries of one business day as CSV",
            description = "One row per line of each entry posted on that day (in the issuing company's country), in "
                    + "entry number order, with a header row: entry_number, entry_id, business_day, posted_at, company, "
                    + "kind, source_id, document, order_id, account, debit, credit, currency, tax_rate, tender_type. "
                    + "Rendered from the immutable journal: a past day gives the same file every time. 400 without a "
                    + "valid date (yyyy-MM-dd).")
    @ApiResponse(responseCode = "200", description = "The day's postings", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    ResponseEntity<String> export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("postings-" + date + ".csv").build().toString())
                .body(queries.export(date));
    }
}

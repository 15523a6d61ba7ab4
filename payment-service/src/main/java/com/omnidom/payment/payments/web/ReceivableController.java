package com.omnidom.payment.payments.web;

import com.omnidom.payment.payments.application.AccountsReceivable;
import com.omnidom.payment.payments.application.Camt053;
import com.omnidom.payment.payments.domain.ReceivedPayment;
import com.omnidom.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "Receivables", description = "Invoices paid on account: transfers received, bank statements, write-offs")
class ReceivableController {

    private final AccountsReceivable receivables;

    ReceivableController(AccountsReceivable receivables) {
        this.receivables = receivables;
    }

    /** A transfer for an invoice paid on account; {@code reference} is the bank's (or the remittance text). */
    record PaymentRequest(String invoiceNumber, BigDecimal amount, String currency, LocalDate valueDate, String reference) {
    }

    record WriteOffRequest(String reason) {
    }

    @PostMapping("/api/v1/receivables/payments")
    @Operation(summary = "Enter a transfer received for an invoice paid on account",
            description = "Applies it to the invoice: PaymentReceived with what is still open, posting bank against "
                    + "receivable. 422 naming the field for an unknown invoice number, another currency, an amount not "
                    + "positive or more than is open; nothing changed.")
    @ApiResponse(responseCode = "201", description = "Applied")
    ResponseEntity<ReceivableResponse.ReceivedResponse> receive(@RequestBody PaymentRequest request, Caller caller) {
        ReceivedPayment payment = receivables.receive(request.invoiceNumber(), request.amount(), request.currency(),
                request.valueDate(), request.reference(), caller.subject());
        var details = receivables.find(payment.invoiceNumber());
        return ResponseEntity.status(HttpStatus.CREATED).body(new ReceivableResponse.ReceivedResponse(
                ReceivableResponse.TransferResponse.of(payment), details.receivable().openAmount().amount().toPlainString()));
    }

    @PostMapping(path = "/api/v1/receivables/bank-statements",
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @Operation(summary = "Import a bank statement (ISO 20022 camt.053.001.02)",
            description = "Each booked credit entry is matched to the invoice number in its remittance text (RmtInf/Ustrd) "
                    + "and applied once per the bank's entry reference (AcctSvcrRef): a statement imported twice applies "
                    + "nothing twice (DUPLICATE). Entries that match no open invoice or cannot be applied whole stay as "
                    + "UNMATCHED (GET /api/v1/receivables/unmatched). 400 problem+json for XML that is malformed, has a "
                    + "DTD or is no camt.053 statement; nothing changed.")
    @ApiResponse(responseCode = "200", description = "Imported: each credit entry MATCHED, UNMATCHED or DUPLICATE")
    @ApiResponse(responseCode = "400", description = "Not a readable camt.053 statement",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ReceivableResponse.ImportResponse importStatement(@RequestBody byte[] xml, Caller caller) {
        return ReceivableResponse.ImportResponse.of(receivables.importStatement(Camt053.read(xml), caller.subject()));
    }

    @GetMapping("/api/v1/receivables/unmatched")
    @Operation(summary = "Bank statement credit entries no invoice took", description = "Oldest first, with why.")
    List<ReceivableResponse.UnmatchedResponse> unmatched() {
        return receivables.unmatched().stream().map(ReceivableResponse.UnmatchedResponse::of).toList();
    }

    @GetMapping("/api/v1/receivables/{invoiceNumber}")
    @Operation(summary = "Read an invoice paid on account",
            description = "Amount, fees, paid, credited, written off, open, due date, pay-by day, dunning level and the "
                    + "transfers received. 404 when no invoice paid on account has this number.")
    ReceivableResponse get(@PathVariable String invoiceNumber) {
        var details = receivables.find(invoiceNumber);
        return ReceivableResponse.of(details.receivable(), details.payments());
    }

    @PostMapping("/api/v1/receivables/{invoiceNumber}/write-off")
    @Operation(summary = "Write off what is open on an invoice paid on account",
            description = "ReceivableWrittenOff (writtenOffBy = the token's subject), posting bad debt against "
                    + "receivable; open becomes 0. 422 without a reason; 409 when nothing is open; 404 when unknown.")
    ReceivableResponse writeOff(@PathVariable String invoiceNumber, @RequestBody WriteOffRequest request, Caller caller) {
        receivables.writeOff(invoiceNumber, request.reason(), caller.subject());
        var details = receivables.find(invoiceNumber);
        return ReceivableResponse.of(details.receivable(), details.payments());
    }

    @ExceptionHandler(Camt053.Malformed.class)
    ResponseEntity<ProblemDetail> malformed(Camt053.Malformed e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Not a readable camt.053 statement");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

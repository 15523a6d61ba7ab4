package com.omnidom.payment.payments.web;

import com.omnidom.payment.payments.application.ChargebackCases;
import com.omnidom.payment.payments.application.PspNotifications;
import com.omnidom.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Chargebacks", description = "Disputes of card payments the PSP reports, and finance's decision on them")
class ChargebackController {

    private final ChargebackCases cases;
    private final PspNotifications notifications;

    ChargebackController(ChargebackCases cases, PspNotifications notifications) {
        this.cases = cases;
        this.notifications = notifications;
    }

    /** @param evidence what speaks against the dispute (delivery proof, correspondence), sent on to the PSP */
    record ContestRequest(String evidence) {
    }

    @PostMapping(path = "/api/v1/psp/notifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The PSP's notifications (webhook)",
            description = "Signed by the PSP: Psp-Signature is sha256=<hex of HMAC-SHA256 over the raw body> with the "
                    + "shared secret (omnidom.payment.psp-notifications.secret); 401 if it does not verify, nothing read or "
                    + "changed; 400 without the header (the PSP always signs). dispute.opened opens a chargeback case (once per dispute id: a redelivery answers "
                    + "the same case), dispute.won / dispute.lost resolve it: 200 with the case. Other types: 204. 404 "
                    + "when no capture has the disputed PSP reference (or no case the dispute id); 422 naming the field "
                    + "for an amount beyond the capture or another currency.")
    @ApiResponse(responseCode = "200", description = "The chargeback case opened or resolved")
    @ApiResponse(responseCode = "401", description = "The signature does not verify",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<ChargebackResponse> notification(
            @Parameter(description = "sha256=<hex HMAC-SHA256 of the raw body>") @RequestHeader(name = "Psp-Signature") String signature,
            @RequestBody byte[] body) {
        return notifications.receive(body, signature).map(ChargebackResponse::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/api/v1/chargebacks/{id}")
    @Operation(summary = "Read a chargeback case", description = "404 when unknown.")
    ChargebackResponse get(@PathVariable UUID id) {
        return ChargebackResponse.of(cases.find(id));
    }

    @PostMapping("/api/v1/chargebacks/{id}/accept")
    @Operation(summary = "Accept a chargeback: the money is lost",
            description = "Writes the amount off (chargeback loss against the order's receivable), publishes "
                    + "ChargebackAccepted; decidedBy = the token's subject. 409 unless the case is OPEN; 404 when unknown.")
    ChargebackResponse accept(@PathVariable UUID id, Caller caller) {
        return ChargebackResponse.of(cases.accept(id, caller.subject()));
    }

    @PostMapping("/api/v1/chargebacks/{id}/contest")
    @Operation(summary = "Contest a chargeback with evidence",
            description = "The case becomes CONTESTED until the PSP's decision (dispute.won / dispute.lost); publishes "
                    + "ChargebackContested; then the evidence goes to the PSP (evidenceSubmittedAt; null while the PSP "
                    + "cannot be reached). 422 without evidence (or beyond 10000 characters); 409 unless the case is "
                    + "OPEN; 404 when unknown.")
    ChargebackResponse contest(@PathVariable UUID id, @RequestBody ContestRequest request, Caller caller) {
        cases.contest(id, request.evidence(), caller.subject());
        return ChargebackResponse.of(cases.submitEvidence(id));
    }

    @ExceptionHandler(PspNotifications.BadSignature.class)
    ResponseEntity<ProblemDetail> badSignature(PspNotifications.BadSignature e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setTitle("Signature does not verify");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

package com.omnidom.order.risk.web;

import com.omnidom.order.risk.application.ChangeRiskRules;
import com.omnidom.order.risk.application.ChargebackSuggestions;
import com.omnidom.order.risk.application.ManageRiskLists;
import com.omnidom.order.risk.application.ReviewHeldOrders;
import com.omnidom.order.risk.application.RiskPage;
import com.omnidom.order.risk.domain.Decision;
import com.omnidom.order.risk.domain.EntryKind;
import com.omnidom.order.risk.domain.ListEntry;
import com.omnidom.order.risk.domain.ListType;
import com.omnidom.order.risk.domain.Review;
import com.omnidom.order.risk.domain.ReviewStatus;
import com.omnidom.order.risk.domain.Suggestion;
import com.omnidom.order.risk.domain.SuggestionStatus;
import com.omnidom.order.risk.domain.RiskRules;
import com.omnidom.order.risk.domain.RuleSet;
import com.omnidom.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "Risk", description = "Black and white lists, abnormality rules (versioned), the review queue of held orders "
        + "and the audit of every risk decision")
class RiskController {

    /** PostgreSQL cannot store NUL in text: refused as a 400 here rather than failing in the database. */
    static final String NO_NUL = "[^\\x00]*";
    static final String NUL = "must not contain NUL characters";

    private final ManageRiskLists lists;
    private final ChangeRiskRules rules;
    private final ReviewHeldOrders reviews;
    private final ChargebackSuggestions suggestions;

    RiskController(ManageRiskLists lists, ChangeRiskRules rules, ReviewHeldOrders reviews, ChargebackSuggestions suggestions) {
        this.lists = lists;
        this.rules = rules;
        this.reviews = reviews;
        this.suggestions = suggestions;
    }

    @Schema(name = "RiskListEntryRequest")
    record EntryRequest(@NotNull ListType list, @NotNull EntryKind kind,
                        @Schema(example = "WEB_SHOP", description = "The channel whose customer a CUSTOMER_ID entry names "
                                + "(required for CUSTOMER_ID: customer ids are the channels' own; not allowed for other kinds)")
                        @Pattern(regexp = "WEB_SHOP|STORE_POS|MARKETPLACE|CALL_CENTER") String channel,
                        @Schema(example = "fraud@example.com", description = "Normalised before it is stored: e-mail in "
                                + "lower case, phone digits with a leading +, address without case, accents, punctuation "
                                + "and spaces (street, postal code, city, country), IPv4 without leading zeros")
                        @Pattern(regexp = NO_NUL, message = NUL) @NotBlank @Size(max = 500) String value,
                        @Pattern(regexp = NO_NUL, message = NUL) @Size(max = 500) String reason,
                        @Schema(deprecated = true, description = "Ignored: who did it is the subject of the caller's token") String createdBy) {
    }

    @Schema(name = "RiskRulesChange")
    record RulesChange(@Schema(description = "The version this change was made on; 409 if another is in force meanwhile")
                       @NotNull Integer basedOnVersion,
                       @NotNull RiskRules rules,
                       @Schema(deprecated = true, description = "Ignored: who did it is the subject of the caller's token") String changedBy,
                       @Pattern(regexp = NO_NUL, message = NUL) @Size(max = 500) String reason) {
    }

    @Schema(name = "RiskReviewDecision")
    record ReviewDecision(@Schema(deprecated = true, description = "Ignored: who did it is the subject of the caller's token") String decidedBy,
                          @Schema(example = "customer confirmed by phone") @Pattern(regexp = NO_NUL, message = NUL) @NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/lists")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a black or white list entry", description = "409 if the list has the (normalised) value already. A CUSTOMER_ID entry names "
            + "the channel whose customer it is, and matches only that channel's orders.")
    ListEntry addEntry(@Valid @RequestBody EntryRequest request, Caller caller) {
        return lists.add(request.list(), request.kind(), request.channel(), request.value(), request.reason(),
                caller.subject());
    }

    @GetMapping("/lists")
    @Operation(summary = "List black and white list entries", description = "Newest first, optionally of one list and kind.")
    RiskPage<ListEntry> entries(@RequestParam(required = false) ListType list,
                                @RequestParam(required = false) EntryKind kind,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return lists.find(list, kind, page, size);
    }

    @DeleteMapping("/lists/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a list entry", description = "404 if there is none with this id.")
    void removeEntry(@PathVariable UUID id) {
        lists.remove(id);
    }

    @GetMapping("/rules")
    @Operation(summary = "The rule set in force", description = "The highest version.")
    RuleSet currentRules() {
        return rules.current();
    }

    @GetMapping("/rules/versions")
    @Operation(summary = "Every version of the rule set", description = "Newest first, with who changed it, why and when.")
    List<RuleSet> ruleVersions() {
        return rules.all();
    }

    @GetMapping("/rules/versions/{version}")
    @Operation(summary = "One version of the rule set")
    RuleSet ruleVersion(@PathVariable int version) {
        return rules.version(version);
    }

    @PutMapping("/rules")
    @Operation(summary = "Change the rules", description = "Makes the next version, in force at once. 422 naming each broken "
            + "setting; 409 when basedOnVersion is not the version in force.")
    RuleSet changeRules(@Valid @RequestBody RulesChange change, Caller caller) {
        return rules.change(change.basedOnVersion(), change.rules(), caller.subject(), change.reason());
    }

    @GetMapping("/reviews")
    @Operation(summary = "The review queue", description = "Held orders with the reasons, oldest first; status OPEN by default.")
    RiskPage<Review> reviewQueue(@RequestParam(defaultValue = "OPEN") ReviewStatus status,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return reviews.list(status, page, size);
    }

    @GetMapping("/reviews/{orderId}")
    @Operation(summary = "The review of one held order")
    Review review(@PathVariable UUID orderId) {
        return reviews.get(orderId);
    }

    @PostMapping("/reviews/{orderId}/release")
    @Operation(summary = "Release a held order", description = "The order is accepted (OrderAccepted). 409 if the review was "
            + "decided already, 404 if the order was never held.")
    Review release(@PathVariable UUID orderId, @Valid @RequestBody ReviewDecision decision, Caller caller) {
        return reviews.release(orderId, caller.subject(), decision.reason());
    }

    @PostMapping("/reviews/{orderId}/reject")
    @Operation(summary = "Reject (cancel) a held order", description = "OrderRejected with decidedBy (the caller). 409 if decided already.")
    Review reject(@PathVariable UUID orderId, @Valid @RequestBody ReviewDecision decision, Caller caller) {
        return reviews.reject(orderId, caller.subject(), decision.reason());
    }

    @Schema(name = "RiskSuggestionDecision")
    record SuggestionDecision(@Schema(example = "second chargeback of this customer", description = "Why; on accept the "
                                      + "list entry's reason (default: the chargeback and its reason)")
                              @Pattern(regexp = NO_NUL, message = NUL) @Size(max = 500) String reason) {
    }

    @GetMapping("/suggestions")
    @Operation(summary = "Black list suggestions from chargebacks", description = "Each chargeback on an order suggests "
            + "its customer for the channel's black list once: order, customer, channel, chargeback reason and amount. "
            + "Oldest first; status OPEN by default.")
    RiskPage<Suggestion> suggestions(@RequestParam(defaultValue = "OPEN") SuggestionStatus status,
                                     @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return suggestions.list(status, page, size);
    }

    @PostMapping("/suggestions/{id}/accept")
    @Operation(summary = "Accept a suggestion", description = "The customer goes on the channel's black list (a CUSTOMER_ID "
            + "entry with the reason; an entry that names them already is kept). 409 if decided already, 404 if unknown.")
    Suggestion acceptSuggestion(@PathVariable UUID id, @Valid @RequestBody(required = false) SuggestionDecision decision,
                                Caller caller) {
        return suggestions.accept(id, caller.subject(), decision == null ? null : decision.reason());
    }

    @PostMapping("/suggestions/{id}/dismiss")
    @Operation(summary = "Dismiss a suggestion", description = "Nothing is listed. 409 if decided already, 404 if unknown.")
    Suggestion dismissSuggestion(@PathVariable UUID id, @Valid @RequestBody(required = false) SuggestionDecision decision,
                                 Caller caller) {
        return suggestions.dismiss(id, caller.subject(), decision == null ? null : decision.reason());
    }

    @GetMapping("/decisions")
    @Operation(summary = "Audit of risk decisions", description = "Every decision of the check and of reviewers: outcome, "
            + "reasons, rule set version, who, why, when. Of one order (oldest first) or all (newest first).")
    RiskPage<Decision> decisions(@RequestParam(required = false) UUID orderId,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return reviews.decisions(orderId, page, size);
    }
}

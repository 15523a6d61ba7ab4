package com.omnidom.order.risk.application;

import com.omnidom.order.risk.domain.EntryKind;
import com.omnidom.order.risk.domain.ListType;
import com.omnidom.order.risk.domain.Suggestion;
import com.omnidom.order.risk.domain.SuggestionStatus;
import com.omnidom.order.risk.persistence.RiskListEntries;
import com.omnidom.order.risk.persistence.RiskSuggestions;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A chargeback suggests its order's customer for the channel's black list; a reviewer accepts (the customer goes on
 * the list through {@link ManageRiskLists}, with the reason) or dismisses. Nothing is listed without a reviewer.
 */
@Service
public class ChargebackSuggestions {

    private final RiskSuggestions suggestions;
    private final RiskListEntries entries;
    private final ManageRiskLists lists;
    private final Clock clock;

    public ChargebackSuggestions(RiskSuggestions suggestions, RiskListEntries entries, ManageRiskLists lists, Clock clock) {
        this.suggestions = suggestions;
        this.entries = entries;
        this.lists = lists;
        this.clock = clock;
    }

    /** The chargeback's order, as the order feature knows it. */
    public record Chargeback(UUID chargebackId, UUID orderId, String orderNumber, String channel, String customerId,
                             String currency, BigDecimal amount, String reason) {
    }

    /** @return whether a suggestion was made (false: this chargeback suggested already) */
    @Transactional
    public boolean suggest(Chargeback c) {
        return suggestions.add(new Suggestion(UUID.randomUUID(), c.chargebackId(), c.orderId(), c.orderNumber(), c.channel(),
                c.customerId(), c.currency(), c.amount(), c.reason(), SuggestionStatus.OPEN, now(), null, null, null, null));
    }

    /**
     * The customer onto the channel's black list (a CUSTOMER_ID entry) with {@code reason}, or the entry that lists
     * them already. 409 once decided.
     */
    @Transactional
    public Suggestion accept(UUID id, String by, String reason) {
        Suggestion s = get(id);
        if (s.status() != SuggestionStatus.OPEN) throw decided(s);
        String why = reason == null || reason.isBlank() ? "chargeback " + s.chargebackId() + ": " + s.reason() : reason;
        String value = EntryKind.CUSTOMER_ID.normalise(s.customerId());
        UUID entry = entries.idOf(ListType.BLACK, EntryKind.CUSTOMER_ID, s.channel(), value)
                .orElseGet(() -> lists.add(ListType.BLACK, EntryKind.CUSTOMER_ID, s.channel(), s.customerId(), why, by).id());
        // the conditional update decides between two reviewers; the loser's list entry rolls back with it
        if (!suggestions.decide(id, SuggestionStatus.ACCEPTED, by, why, entry, now())) throw decided(get(id));
        return get(id);
    }

    @Transactional
    public Suggestion dismiss(UUID id, String by, String reason) {
        get(id); // 404 first
        if (!suggestions.decide(id, SuggestionStatus.DISMISSED, by, reason, null, now())) throw decided(get(id));
        return get(id);
    }

    @Transactional(readOnly = true)
    public RiskPage<Suggestion> list(SuggestionStatus status, int page, int size) {
        return RiskPage.of(suggestions.find(status, page, size), page, size, suggestions.count(status));
    }

    @Transactional(readOnly = true)
    public Suggestion get(UUID id) {
        return suggestions.find(id).orElseThrow(() -> new ResourceNotFound("No risk suggestion with id " + id + "."));
    }

    private static StateConflict decided(Suggestion s) {
        return new StateConflict("Suggestion " + s.id() + " is " + s.status() + " already.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package com.omnidom.payment.payments.web;

import com.omnidom.payment.payments.application.GiftCardLedger;
import com.omnidom.payment.payments.domain.GiftCard;
import com.omnidom.payment.payments.domain.GiftCardMovement;
import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Gift cards", description = "Gift card balances: issue and load, balance and movements")
class GiftCardController {

    private final GiftCardLedger ledger;

    GiftCardController(GiftCardLedger ledger) {
        this.ledger = ledger;
    }

    record LoadRequest(BigDecimal amount, String currency) {
    }

    /**
     * @param number   whole for finance and admin, else its last four characters
     * @param balance  what the card can still be spent for
     * @param reserved what accepted orders hold on it until their shipments are captured
     */
    record GiftCardResponse(String number, String currency, String balance, String reserved, Instant issuedAt,
                            List<MovementResponse> movements) {

        static GiftCardResponse of(GiftCardLedger.Details details, boolean whole) {
            GiftCard card = details.card();
            return new GiftCardResponse(whole ? card.number() : GiftCard.masked(card.number()), card.currency(),
                    card.balance().toPlainString(), card.reserved().toPlainString(), card.issuedAt(),
                    details.movements().stream().map(MovementResponse::of).toList());
        }
    }

    /** One change of the card with its posting (debit and credit account). */
    record MovementResponse(UUID movementId, String kind, String amount, UUID orderId, String debitAccount,
                            String creditAccount, String balanceAfter, String reservedAfter, String createdBy,
                            Instant createdAt) {

        static MovementResponse of(GiftCardMovement m) {
            return new MovementResponse(m.movementId(), m.kind().name(), m.amount().toPlainString(), m.orderId(),
                    m.debitAccount(), m.creditAccount(), m.balanceAfter().toPlainString(), m.reservedAfter().toPlainString(),
                    m.createdBy(), m.createdAt());
        }
    }

    @PutMapping("/api/v1/gift-cards/{number}")
    @Operation(summary = "Issue a gift card or load money onto it",
            description = "The first load issues the card in its currency; each load is a LOAD movement posted cash "
                    + "against gift card liability (loadedBy = the token's subject). 422 naming amount (not positive, "
                    + "too many decimals) or currency (missing, unknown, not the card's); nothing changed.")
    GiftCardResponse load(@PathVariable String number, @RequestBody LoadRequest request, Caller caller) {
        return GiftCardResponse.of(ledger.load(number, request.amount(), request.currency(), caller.subject()), true);
    }

    @GetMapping("/api/v1/gift-cards/{number}")
    @Operation(summary = "Read a gift card's balance and movements",
            description = "Balance, reserved and every movement with its posting, oldest first; the number is masked "
                    + "to its last four characters except for finance and admin. 404 when unknown.")
    GiftCardResponse get(@PathVariable String number, Caller caller) {
        return GiftCardResponse.of(ledger.find(number), caller.hasAnyRole(Roles.FINANCE, Roles.ADMIN));
    }
}

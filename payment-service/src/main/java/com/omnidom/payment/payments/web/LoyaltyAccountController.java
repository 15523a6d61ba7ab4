package com.omnidom.payment.payments.web;

import com.omnidom.payment.payments.application.LoyaltyLedger;
import com.omnidom.payment.payments.domain.LoyaltyAccount;
import com.omnidom.payment.payments.domain.LoyaltyMovement;
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
@Tag(name = "Loyalty accounts", description = "Bonus points: credit points, balance in points and money, movements")
class LoyaltyAccountController {

    private final LoyaltyLedger ledger;

    LoyaltyAccountController(LoyaltyLedger ledger) {
        this.ledger = ledger;
    }

    record CreditRequest(BigDecimal points, String currency) {
    }

    /**
     * @param account    whole for finance and admin, else its last four characters
     * @param points     what the account can still spend
     * @param reserved   points accepted orders hold until their shipments are captured
     * @param pointValue what one point is worth in the account's currency
     * @param value      what the balance is worth
     */
    record LoyaltyAccountResponse(String account, String currency, String points, String reserved, String pointValue,
                                  String value, Instant issuedAt, List<LoyaltyMovementResponse> movements) {

        static LoyaltyAccountResponse of(LoyaltyLedger.Details details, boolean whole) {
            LoyaltyAccount account = details.account();
            return new LoyaltyAccountResponse(whole ? account.account() : LoyaltyAccount.masked(account.account()),
                    account.currency(), account.balance().toPlainString(), account.reserved().toPlainString(),
                    details.pointValue().toPlainString(), details.balanceValue().toPlainString(), account.issuedAt(),
                    details.movements().stream().map(LoyaltyMovementResponse::of).toList());
        }
    }

    /** One change of the account: points, and their value posted from the debit to the credit account. */
    record LoyaltyMovementResponse(UUID movementId, String kind, String points, String value, UUID orderId,
                                   String debitAccount, String creditAccount, String pointsAfter, String reservedAfter,
                                   String createdBy, Instant createdAt) {

        static LoyaltyMovementResponse of(LoyaltyMovement m) {
            return new LoyaltyMovementResponse(m.movementId(), m.kind().name(), m.amount().toPlainString(),
                    m.value().toPlainString(), m.orderId(), m.debitAccount(), m.creditAccount(),
                    m.balanceAfter().toPlainString(), m.reservedAfter().toPlainString(), m.createdBy(), m.createdAt());
        }
    }

    @PutMapping("/api/v1/loyalty-accounts/{account}")
    @Operation(summary = "Open a loyalty account or credit bonus points to it",
            description = "The first credit opens the account in its currency; each credit is a LOAD movement posted at "
                    + "the points' value, marketing expense against points liability (createdBy = the token's subject). "
                    + "422 naming points (not positive, not whole) or currency (missing, unknown, without a point value, "
                    + "not the account's); nothing changed.")
    LoyaltyAccountResponse credit(@PathVariable String account, @RequestBody CreditRequest request, Caller caller) {
        return LoyaltyAccountResponse.of(ledger.credit(account, request.points(), request.currency(), caller.subject()), true);
    }

    @GetMapping("/api/v1/loyalty-accounts/{account}")
    @Operation(summary = "Read a loyalty account's points, their value and movements",
            description = "Points, reserved points, a point's value, the balance's value and every movement with its "
                    + "posting, oldest first; the account is masked to its last four characters except for finance and "
                    + "admin. 404 when unknown.")
    LoyaltyAccountResponse get(@PathVariable String account, Caller caller) {
        return LoyaltyAccountResponse.of(ledger.find(account), caller.hasAnyRole(Roles.FINANCE, Roles.ADMIN));
    }
}

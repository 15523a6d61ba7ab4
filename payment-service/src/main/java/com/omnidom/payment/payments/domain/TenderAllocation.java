package com.omnidom.payment.payments.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount across an order's tenders. Captures take from the tenders by {@link TenderType#captureRank()}
 * (gift card, bonus points, cash, then card), tenders of one type in the order the customer gave them; each
 * tender gives at most what it still has. Refunds walk the same list backwards: the card gets its money back
 * first, the gift card last, so a partial return does not turn card money into gift card credit. Releases of
 * cancelled lines walk backwards too (card authorisation first): the stored value stays with the order's other
 * lines, which captures take from first anyway, so the card keeps holding only what the others do not cover.
 */
public final class TenderAllocation {

    private TenderAllocation() {
    }

    /** What one tender can give (capture and release: authorised − captured − released; refund: captured − refunded). */
    public record Available(String tenderId, TenderType type, int position, BigDecimal amount) {
    }

    public record Part(String tenderId, TenderType type, BigDecimal amount) {
    }

    public static List<Part> forCapture(BigDecimal amount, List<Available> tenders) {
        return allocate(amount, tenders.stream().sorted(captureOrder()).toList(), "capture", "authorised");
    }

    public static List<Part> forRefund(BigDecimal amount, List<Available> tenders) {
        return allocate(amount, tenders.stream().sorted(captureOrder().reversed()).toList(), "refund", "captured");
    }

    public static List<Part> forRelease(BigDecimal amount, List<Available> tenders) {
        return allocate(amount, tenders.stream().sorted(captureOrder().reversed()).toList(), "release",
                "authorised and not captured");
    }

    private static Comparator<Available> captureOrder() {
        return Comparator.comparingInt((Available a) -> a.type().captureRank()).thenComparingInt(Available::position);
    }

    private static List<Part> allocate(BigDecimal amount, List<Available> ordered, String what, String limit) {
        if (amount.signum() < 0) throw new PaymentRuleViolation(what + " amount must not be negative");
        List<Part> parts = new ArrayList<>();
        BigDecimal open = amount;
        for (Available tender : ordered) {
            if (open.signum() == 0) break;
            BigDecimal part = open.min(tender.amount());
            if (part.signum() > 0) {
                parts.add(new Part(tender.tenderId(), tender.type(), part));
                open = open.subtract(part);
            }
        }
        if (open.signum() > 0) {
            throw new PaymentRuleViolation(what + " of " + amount.toPlainString() + " exceeds what the tenders still have "
                    + limit + " by " + open.toPlainString());
        }
        return List.copyOf(parts);
    }
}

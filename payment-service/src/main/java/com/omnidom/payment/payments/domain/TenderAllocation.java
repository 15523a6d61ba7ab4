package com.omnidom.payment.payments.domain;

import com.omnidom.kernel.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits an amount across an order's tenders, by a {@link TenderOrder} (configured; {@link TenderOrder#DEFAULT}
 * unless given). By default captures take from gift card, bonus points, cash, then card, tenders of one type in the
 * order the customer gave them; each tender gives at most what it still has. Refunds walk the same list backwards:
 * the card gets its money back first, the gift card last, so a partial return does not turn card money into gift
 * card credit. Releases of cancelled lines follow the refund order too (card authorisation first): the stored value
 * stays with the order's other lines, which captures take from first anyway, so the card keeps holding only what
 * the others do not cover.
 */
public final class TenderAllocation {

    private TenderAllocation() {
    }

    /** What one tender can give (capture and release: authorised − captured − released; refund: captured − refunded). */
    public record Available(String tenderId, TenderType type, int position, Money amount) {
    }

    public record Part(String tenderId, TenderType type, Money amount) {
    }

    public static List<Part> forCapture(Money amount, List<Available> tenders) {
        return forCapture(amount, tenders, TenderOrder.DEFAULT);
    }

    public static List<Part> forRefund(Money amount, List<Available> tenders) {
        return forRefund(amount, tenders, TenderOrder.DEFAULT);
    }

    public static List<Part> forRelease(Money amount, List<Available> tenders) {
        return forRelease(amount, tenders, TenderOrder.DEFAULT);
    }

    public static List<Part> forCapture(Money amount, List<Available> tenders, TenderOrder order) {
        return allocate(amount, tenders.stream().sorted(by(order::captureRank, false)).toList(), "capture", "authorised");
    }

    public static List<Part> forRefund(Money amount, List<Available> tenders, TenderOrder order) {
        return allocate(amount, tenders.stream().sorted(by(order::refundRank, true)).toList(), "refund", "captured and neither refunded nor charged back");
    }

    public static List<Part> forRelease(Money amount, List<Available> tenders, TenderOrder order) {
        return allocate(amount, tenders.stream().sorted(by(order::refundRank, true)).toList(), "release",
                "authorised and not captured");
    }

    /** By the type's rank; tenders of one type as the customer gave them, or the other way round when giving back. */
    private static Comparator<Available> by(ToIntFunction<TenderType> rank, boolean givingBack) {
        Comparator<Available> position = Comparator.comparingInt(Available::position);
        return Comparator.comparingInt((Available a) -> rank.applyAsInt(a.type()))
                .thenComparing(givingBack ? position.reversed() : position);
    }

    private static List<Part> allocate(Money amount, List<Available> ordered, String what, String limit) {
        if (amount.isNegative()) throw new PaymentRuleViolation(what + " amount must not be negative");
        List<Part> parts = new ArrayList<>();
        Money open = amount;
        for (Available tender : ordered) {
            if (open.isZero()) break;
            Money part = open.min(tender.amount());
            if (part.isPositive()) {
                parts.add(new Part(tender.tenderId(), tender.type(), part));
                open = open.minus(part);
            }
        }
        if (open.isPositive()) {
            throw new PaymentRuleViolation(what + " of " + amount.amount().toPlainString() + " exceeds what the tenders still have "
                    + limit + " by " + open.amount().toPlainString());
        }
        return List.copyOf(parts);
    }
}

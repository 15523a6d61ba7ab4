package com.omnidom.payment.payments.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * In which order captures take from an order's tender types, and in which order refunds and releases give back;
 * tenders of one type in the order the customer gave them. Each list names every {@link TenderType} exactly once,
 * so no tender is ever left out of an allocation.
 *
 * @param capture types captured first to last
 * @param refund  types refunded (and released) first to last
 */
public record TenderOrder(List<TenderType> capture, List<TenderType> refund) {

    /** Stored value first, then cash, card and on account; refunds and releases the other way round. */
    public static final TenderOrder DEFAULT = new TenderOrder(
            List.of(TenderType.GIFT_CARD, TenderType.BONUS_POINTS, TenderType.CASH, TenderType.CARD, TenderType.ON_ACCOUNT),
            List.of(TenderType.ON_ACCOUNT, TenderType.CARD, TenderType.CASH, TenderType.BONUS_POINTS, TenderType.GIFT_CARD));

    public TenderOrder {
        capture = complete(capture, "capture order");
        refund = complete(refund, "refund order");
    }

    /** The default order for what is not given (null), else {@code capture} and {@code refund} as given. */
    public static TenderOrder of(List<TenderType> capture, List<TenderType> refund) {
        return new TenderOrder(capture == null ? DEFAULT.capture : capture, refund == null ? DEFAULT.refund : refund);
    }

    /** Position of {@code type} in the capture order (lower is captured first). */
    int captureRank(TenderType type) {
        return capture.indexOf(type);
    }

    /** Position of {@code type} in the refund order (lower is refunded and released first). */
    int refundRank(TenderType type) {
        return refund.indexOf(type);
    }

    private static List<TenderType> complete(List<TenderType> types, String what) {
        // List.of(..).contains(null) throws: look with a stream
        if (types == null || types.stream().anyMatch(type -> type == null)) {
            throw new IllegalArgumentException(what + " must list every tender type " + Arrays.toString(TenderType.values()));
        }
        Set<TenderType> seen = EnumSet.noneOf(TenderType.class);
        for (TenderType type : types) {
            if (!seen.add(type)) throw new IllegalArgumentException(what + " names " + type + " twice: " + types);
        }
        Set<TenderType> missing = EnumSet.allOf(TenderType.class);
        missing.removeAll(seen);
        if (!missing.isEmpty()) throw new IllegalArgumentException(what + " " + types + " lacks " + missing
                + "; it must list every tender type exactly once");
        return List.copyOf(types);
    }
}

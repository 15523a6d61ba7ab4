package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.ChargeSpec;
import com.omnidom.payment.payments.domain.LineSpec;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.TenderSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records an accepted order's tenders, lines and charges, so its shipments can be captured, with what its taxes and documents
 * need: the tax country, the customer's language and when the order was accepted.
 */
@Service
public class RecordPayment {

    private static final Logger log = LoggerFactory.getLogger(RecordPayment.class);

    private final Payments payments;
    private final Clock clock;

    private final GiftCardLedger giftCards;
    private final LoyaltyLedger points;

    public RecordPayment(Payments payments, Clock clock, GiftCardLedger giftCards, LoyaltyLedger points) {
        this.giftCards = giftCards;
        this.points = points;
        this.payments = payments;
        this.clock = clock;
    }

    @Transactional
    public void record(OrderId orderId, String orderNumber, String currency, BigDecimal total, List<TenderSpec> tenders,
                       List<LineSpec> lines, List<ChargeSpec> charges, Origin origin) {
        if (payments.existsById(orderId.value())) {
            log.info("payment of order {} recorded before; OrderAccepted again changes nothing", orderId);
            return;
        }
        Payment payment = Payment.record(orderId, orderNumber, currency, total, tenders, lines, charges, clock.instant());
        payment.noteOrigin(origin.taxCountry(), origin.language(), origin.acceptedAt());
        payment.noteRecipient(origin.recipient());
        payments.save(payment);
        // gift cards and loyalty accounts hold what the order redeems from them; one short of it refuses the order's
        // payment (DLT)
        giftCards.reserve(orderId, currency, tenders);
        points.reserve(orderId, currency, tenders);
    }

    /**
     * @param taxCountry the country of supply whose tax rules apply (ISO 3166-1 alpha-2), null when the order names
     *                   none: then the issuing company's home country
     * @param language   the customer's language for documents (de or en; others get en)
     * @param acceptedAt when the order was accepted: the tax point when it is configured to be the order's day
     * @param recipient  whom invoices and credit notes are addressed to (name and address, one per line), or null
     */
    public record Origin(String taxCountry, String language, Instant acceptedAt, String recipient) {
    }
}

package com.omnidom.payment.payments.application;

import java.math.BigDecimal;

/**
 * The payment service provider, for card tenders. All calls are idempotent by {@code idempotencyKey}: calling
 * again with the same key (after a timeout, a crash, a redelivered event) returns the first answer and never
 * moves money twice.
 */
public interface PaymentGateway {

    /** The refusal of a capture from an authorisation past its time to live: re-authorise the card, then capture. */
    String AUTHORIZATION_EXPIRED = "authorization_expired";

    /** Captures {@code amount} from the authorisation {@code authorization}; returns the PSP's capture id. */
    String capture(String idempotencyKey, String authorization, BigDecimal amount, String currency);

    /** Refunds {@code amount} of what the authorisation captured; returns the PSP's refund id. */
    String refund(String idempotencyKey, String authorization, BigDecimal amount, String currency);

    /** Releases {@code amount} of the authorisation that will not be captured (a partial reversal); returns the PSP's release id. */
    String release(String idempotencyKey, String authorization, BigDecimal amount, String currency);

    /**
     * A new authorisation of the card behind {@code authorization} (an expired one) for {@code amount}; returns the
     * new authorisation's id. Refused when the card declines.
     */
    String reauthorize(String idempotencyKey, String authorization, BigDecimal amount, String currency);

    /** Contests the dispute {@code disputeId} with finance's evidence for the cardholder's bank; returns the dispute's id. */
    String submitEvidence(String idempotencyKey, String disputeId, String evidence);

    /** The PSP could not be reached or answered 5xx (or the circuit is open): try again later with the same key. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The PSP refused the request (4xx): the same request will be refused again. */
    class Refused extends RuntimeException {
        private final String code;

        public Refused(String message) {
            this(message, null);
        }

        /** @param code the PSP's error code, e.g. {@value #AUTHORIZATION_EXPIRED}; null when it gave none */
        public Refused(String message, String code) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}

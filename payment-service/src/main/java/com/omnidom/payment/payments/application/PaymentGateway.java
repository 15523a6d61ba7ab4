package com.omnidom.payment.payments.application;

import java.math.BigDecimal;

/**
 * The payment service provider, for card tenders. All calls are idempotent by {@code idempotencyKey}: calling
 * again with the same key (after a timeout, a crash, a redelivered event) returns the first answer and never
 * moves money twice.
 */
public interface PaymentGateway {

    /** Captures {@code amount} from the authorisation {@code authorization}; returns the PSP's capture id. */
    String capture(String idempotencyKey, String authorization, BigDecimal amount, String currency);

    /** Refunds {@code amount} of what the authorisation captured; returns the PSP's refund id. */
    String refund(String idempotencyKey, String authorization, BigDecimal amount, String currency);

    /** Releases {@code amount} of the authorisation that will not be captured (a partial reversal); returns the PSP's release id. */
    String release(String idempotencyKey, String authorization, BigDecimal amount, String currency);

    /** The PSP could not be reached or answered 5xx (or the circuit is open): try again later with the same key. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The PSP refused the request (4xx): the same request will be refused again. */
    class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}

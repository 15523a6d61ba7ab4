/** The payment service provider's HTTP API behind timeouts, retries with one idempotency key, and a circuit breaker. */
package com.omnidom.payment.psp;

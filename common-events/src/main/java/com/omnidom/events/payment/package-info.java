/** Events published by payment-service on {@code payment.events.v1}, keyed by order id. */
package com.omnidom.events.payment;

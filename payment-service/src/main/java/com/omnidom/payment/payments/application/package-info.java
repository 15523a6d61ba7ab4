/**
 * The use cases: record an order's payment, capture a shipment, release a cancellation, refund a return, read a payment;
 * finish their PSP intents after commit, and recover those left pending.
 */
package com.omnidom.payment.payments.application;

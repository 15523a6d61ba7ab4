/**
 * Events published by payment-service on {@code payment.events.v1}, keyed by order id; journal entries on
 * {@code finance.postings.v1} and document files on {@code payment.documents.v1}.
 */
package com.omnidom.events.payment;

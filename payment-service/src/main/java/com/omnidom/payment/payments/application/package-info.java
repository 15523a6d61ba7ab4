/** The use cases: record an order's payment, capture a shipment, release a cancellation, refund a return, read a payment. */
package com.omnidom.payment.payments.application;

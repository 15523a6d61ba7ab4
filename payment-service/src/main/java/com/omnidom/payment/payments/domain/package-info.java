/** Payments with their tenders and lines, captures, refunds and invoices: the money rules, without I/O. */
package com.omnidom.payment.payments.domain;

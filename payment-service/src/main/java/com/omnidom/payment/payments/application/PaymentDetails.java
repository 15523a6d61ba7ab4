package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.PspIntent;
import com.omnidom.payment.payments.domain.AuthorizationRelease;
import com.omnidom.payment.payments.domain.Capture;
import com.omnidom.payment.payments.domain.CreditNote;
import com.omnidom.payment.payments.domain.Invoice;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Receivable;
import com.omnidom.payment.payments.domain.Refund;

import java.util.List;

/**
 * A payment with its captures, releases, refunds, invoices, credit notes and what is owed on the invoices paid on
 * account, read in one transaction.
 */
public record PaymentDetails(Payment payment, List<Capture> captures, List<AuthorizationRelease> releases,
                             List<Refund> refunds, List<Invoice> invoices, List<CreditNote> creditNotes,
                             List<Receivable> receivables, List<PspIntent> failedIntents) {
}

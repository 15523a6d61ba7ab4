package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.PspIntent;
import com.omnidom.payment.payments.domain.PspIntents;
import com.omnidom.payment.payments.domain.AuthorizationReleases;
import com.omnidom.payment.payments.domain.Captures;
import com.omnidom.payment.payments.domain.CreditNotes;
import com.omnidom.payment.payments.domain.Invoices;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.Receivables;
import com.omnidom.payment.payments.domain.Refunds;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads payments for the REST API. */
@Service
public class PaymentQueries {

    private final Payments payments;
    private final Captures captures;
    private final Refunds refunds;
    private final Invoices invoices;
    private final AuthorizationReleases releases;
    private final CreditNotes creditNotes;
    private final DocumentPdf pdf;
    private final Receivables receivables;
    private final PspIntents intents;

    public PaymentQueries(Payments payments, Captures captures, Refunds refunds, Invoices invoices,
                          AuthorizationReleases releases, CreditNotes creditNotes, DocumentPdf pdf, Receivables receivables,
                          PspIntents intents) {
        this.intents = intents;
        this.receivables = receivables;
        this.creditNotes = creditNotes;
        this.pdf = pdf;
        this.payments = payments;
        this.captures = captures;
        this.releases = releases;
        this.refunds = refunds;
        this.invoices = invoices;
    }

    @Transactional(readOnly = true)
    public PaymentDetails find(OrderId orderId) {
        Payment payment = payments.find(orderId)
                .orElseThrow(() -> new ResourceNotFound("no payment for order " + orderId));
        // touch the collections inside the transaction: the web layer reads them after it
        payment.tenders().size();
        payment.lines().size();
        return new PaymentDetails(payment, captures.findByOrderIdOrderByCapturedAtAsc(orderId.value()),
                releases.findByOrderIdOrderByReleasedAtAsc(orderId.value()), refunds.findByOrderIdOrderByRefundedAtAsc(orderId.value()),
                invoices.findByOrderIdOrderByIssuedAtAscInvoiceNumberAsc(orderId.value()),
                creditNotes.findByOrderIdOrderByIssuedAtAscCreditNoteNumberAsc(orderId.value()),
                receivables.findByOrderIdOrderByCreatedAtAscInvoiceNumberAsc(orderId.value()),
                intents.findByOrderIdAndStateOrderByCreatedAtAsc(orderId.value(), PspIntent.State.FAILED));
    }

    /**
     * An invoice or credit note of the order as PDF, rendered from its stored data (lines, rates, totals) with the
     * issuing company's details and the customer's language; the stored data stays the document of record.
     */
    @Transactional(readOnly = true)
    public byte[] document(OrderId orderId, String number) {
        Payment payment = payments.find(orderId)
                .orElseThrow(() -> new ResourceNotFound("no payment for order " + orderId));
        var invoice = invoices.findByOrderIdAndInvoiceNumber(orderId.value(), number);
        if (invoice.isPresent()) return pdf.invoice(payment, invoice.get());
        return creditNotes.findByOrderIdAndCreditNoteNumber(orderId.value(), number).map(note -> pdf.creditNote(payment, note))
                .orElseThrow(() -> new ResourceNotFound("order " + orderId + " has no invoice or credit note " + number));
    }
}

package com.omnidom.payment.payments.application;

import com.omnidom.events.payment.DocumentIssued;
import com.omnidom.payment.payments.domain.CreditNote;
import com.omnidom.payment.payments.domain.Invoice;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Sends an issued invoice or credit note to the customer's mail: renders its PDF in the customer's language and
 * appends {@code DocumentIssued} (topic {@code payment.documents.v1}) in the transaction that issues it, so a document
 * is never issued without its file, nor a file sent for a document rolled back. notification-service attaches it to
 * the shipment's or refund's e-mail.
 */
@Component
public class DocumentMail {

    private static final String PDF = "application/pdf";

    private final DocumentPdf pdf;
    private final Outbox outbox;

    public DocumentMail(DocumentPdf pdf, Outbox outbox) {
        this.pdf = pdf;
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void invoiceIssued(Payment payment, Invoice invoice, Instant now) {
        outbox.append(new DocumentIssued(UUID.randomUUID(), now, payment.orderId().value(), invoice.invoiceNumber(),
                DocumentIssued.INVOICE, invoice.fulfillmentId(), null, pdf.language(payment),
                invoice.invoiceNumber() + ".pdf", PDF, pdf.invoice(payment, invoice)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void creditNoteIssued(Payment payment, CreditNote note, Instant now) {
        outbox.append(new DocumentIssued(UUID.randomUUID(), now, payment.orderId().value(), note.creditNoteNumber(),
                DocumentIssued.CREDIT_NOTE, null, note.returnId(), pdf.language(payment),
                note.creditNoteNumber() + ".pdf", PDF, pdf.creditNote(payment, note)));
    }
}

package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * The rendered document (PDF) of an invoice or a credit note, for the e-mail that goes with it. On its own topic
 * ({@code payment.documents.v1}): the file is large and only notification-service needs it.
 *
 * @param documentNumber the invoice's or credit note's number, as in {@link InvoiceIssued} / {@link CreditNoteIssued}
 * @param kind           {@value #INVOICE} or {@value #CREDIT_NOTE}
 * @param fulfillmentId  the shipment an invoice bills; null for a credit note
 * @param returnId       the return a credit note credits; null for an invoice
 * @param language       BCP 47 tag of the language the document is written in
 * @param fileName       the attachment's file name, e.g. {@code RE-2025-004711.pdf}
 * @param contentType    the file's media type, {@code application/pdf}
 * @param content        the file's bytes (base64 in JSON)
 */
public record DocumentIssued(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        String documentNumber,
        String kind,
        UUID fulfillmentId,
        UUID returnId,
        String language,
        String fileName,
        String contentType,
        byte[] content) implements ContractEvent {

    public static final String INVOICE = "INVOICE";
    public static final String CREDIT_NOTE = "CREDIT_NOTE";

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }

    // a record compares arrays by reference: two events with the same bytes are equal
    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentIssued d && Objects.equals(eventId, d.eventId) && Objects.equals(occurredAt, d.occurredAt)
                && Objects.equals(orderId, d.orderId) && Objects.equals(documentNumber, d.documentNumber)
                && Objects.equals(kind, d.kind) && Objects.equals(fulfillmentId, d.fulfillmentId)
                && Objects.equals(returnId, d.returnId) && Objects.equals(language, d.language)
                && Objects.equals(fileName, d.fileName) && Objects.equals(contentType, d.contentType)
                && Arrays.equals(content, d.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, occurredAt, orderId, documentNumber, kind, fulfillmentId, returnId, language, fileName,
                contentType, Arrays.hashCode(content));
    }

    /** Without the bytes: a log line names the document, it does not dump it. */
    @Override
    public String toString() {
        return "DocumentIssued[eventId=" + eventId + ", orderId=" + orderId + ", documentNumber=" + documentNumber
                + ", kind=" + kind + ", fulfillmentId=" + fulfillmentId + ", returnId=" + returnId + ", fileName=" + fileName
                + ", " + (content == null ? 0 : content.length) + " bytes]";
    }
}

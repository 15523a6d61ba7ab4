package com.omnidom.notification.message.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An invoice's or a credit note's file, as payment-service rendered it, kept to go with the customer's e-mail.
 * Its reference is what a message of the kind it goes with names: the shipment's fulfilment id (invoice) or the
 * return id (credit note).
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    private UUID id;

    private UUID orderId;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String documentNumber;

    private UUID fulfillmentId;

    private UUID returnId;

    private String language;

    private String fileName;

    private String contentType;

    private byte[] content;

    private Instant receivedAt;

    protected Document() {
        // for JPA
    }

    public static Document received(UUID orderId, DocumentKind kind, String documentNumber, UUID fulfillmentId,
                                    UUID returnId, String language, String fileName, String contentType, byte[] content,
                                    Instant now) {
        Document document = new Document();
        document.id = UUID.randomUUID();
        document.orderId = Objects.requireNonNull(orderId, "orderId");
        document.kind = Objects.requireNonNull(kind, "kind");
        document.documentNumber = Objects.requireNonNull(documentNumber, "documentNumber");
        document.fulfillmentId = fulfillmentId;
        document.returnId = returnId;
        document.language = language;
        document.fileName = Objects.requireNonNull(fileName, "fileName");
        document.contentType = Objects.requireNonNull(contentType, "contentType");
        document.content = Objects.requireNonNull(content, "content").clone();
        document.receivedAt = now;
        return document;
    }

    /** The reference of the message it goes with: the fulfilment id of an invoice, the return id of a credit note. */
    public String messageReference() {
        UUID reference = kind == DocumentKind.INVOICE ? fulfillmentId : returnId;
        return reference == null ? null : reference.toString();
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }
}

package com.omnidom.notification.message.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

/** Invoice and credit note files, by id. */
public interface Documents extends JpaRepository<Document, UUID> {

    /**
     * Holds the order's documents and their e-mails until commit. A document and the e-mail it goes with arrive on
     * different topics, in different consumers: without it, each transaction could miss the other's uncommitted row,
     * and the e-mail would wait out {@code attachments.wait} for a document that is there.
     */
    @Query(value = "SELECT 1 FROM pg_advisory_xact_lock(hashtext('omnidom.notification.documents:' || CAST(:orderId AS text)))",
            nativeQuery = true)
    int lockDocumentsOf(UUID orderId);

    boolean existsByKindAndDocumentNumber(DocumentKind kind, String documentNumber);

    /** A document's file name, without reading its bytes. */
    @Query("SELECT d.fileName FROM Document d WHERE d.id = :id")
    Optional<String> fileNameOf(UUID id);

    /** The invoice of a shipment: its id only, the file is read when the e-mail is sent. */
    @Query("SELECT d.id FROM Document d WHERE d.orderId = :orderId AND d.kind = com.omnidom.notification.message.domain.DocumentKind.INVOICE AND d.fulfillmentId = :fulfillmentId ORDER BY d.receivedAt DESC LIMIT 1")
    Optional<UUID> invoiceOf(UUID orderId, UUID fulfillmentId);

    /** The credit note of a return: its id only. */
    @Query("SELECT d.id FROM Document d WHERE d.orderId = :orderId AND d.kind = com.omnidom.notification.message.domain.DocumentKind.CREDIT_NOTE AND d.returnId = :returnId ORDER BY d.receivedAt DESC LIMIT 1")
    Optional<UUID> creditNoteOf(UUID orderId, UUID returnId);
}

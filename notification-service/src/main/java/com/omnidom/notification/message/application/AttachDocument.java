package com.omnidom.notification.message.application;

import com.omnidom.notification.message.domain.Document;
import com.omnidom.notification.message.domain.Documents;
import com.omnidom.notification.message.domain.Message;
import com.omnidom.notification.message.domain.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps an invoice's or a credit note's file and attaches it to the e-mail waiting for it: the shipment's (invoice,
 * by fulfilment id) or the refund's (credit note, by return id). That e-mail is then due at once and the sender is
 * woken after commit. A document that comes first is found when the e-mail is recorded ({@link NotifyCustomer});
 * one that comes after the e-mail went (the wait passed) is kept unused until retention removes it.
 * Runs in the listener's inbox transaction; needs no order contact (it may overtake the order).
 */
@Service
@Transactional
public class AttachDocument {

    private static final Logger log = LoggerFactory.getLogger(AttachDocument.class);

    private final Documents documents;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AttachDocument(Documents documents, Messages messages, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    public void documentIssued(IssuedDocument issued) {
        documents.lockDocumentsOf(issued.orderId());
        if (documents.existsByKindAndDocumentNumber(issued.kind(), issued.documentNumber())) {
            log.info("{} {} of order {} kept before, not again", issued.kind(), issued.documentNumber(), issued.orderId());
            return;
        }
        Instant now = clock.instant();
        Document document = documents.save(Document.received(issued.orderId(), issued.kind(), issued.documentNumber(),
                issued.fulfillmentId(), issued.returnId(), issued.language(), issued.fileName(), issued.contentType(),
                issued.content(), now));
        String reference = document.messageReference();
        if (reference == null) {
            log.info("{} {} of order {} names no shipment or return: kept, attached to nothing", document.kind(),
                    document.documentNumber(), document.orderId());
            return;
        }
        // locks the waiting e-mail: one being sent right now is waited for, and is SENT (no longer waiting) after
        for (Message message : messages.lockWithoutDocument(document.orderId(), document.kind().attachedTo().name(), reference)) {
            message.attach(document.id(), now);
            log.info("{} {} attached to message {} ({})", document.kind(), document.documentNumber(), message.id(),
                    message.kind());
            events.publishEvent(new MessageRecorded(message.id()));
        }
    }
}

package com.omnidom.notification.message.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One message to a customer, rendered when it was recorded so what is stored is exactly what is sent.
 * Its natural key (order, kind, reference) is unique: the same news is never recorded twice.
 */
@Entity
@Table(name = "message")
public class Message {

    /** Longest error text kept: the reason, not a whole stack of SMTP transcripts. */
    private static final int MAX_ERROR_LENGTH = 2000;

    @Id
    private UUID id;

    private UUID orderId;

    @Enumerated(EnumType.STRING)
    private MessageKind kind;

    private String reference;

    private String channel;

    private String recipient;

    private String language;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private MessageStatus status;

    private int attempts;

    private String lastError;

    private Instant createdAt;

    private Instant nextAttemptAt;

    private Instant sentAt;

    /** The document (invoice, credit note) the e-mail goes out with; null: none. */
    private UUID documentId;

    @Version
    private long version;

    protected Message() {
        // for JPA
    }

    /**
     * A message waiting to be sent.
     *
     * @param reference what makes this news distinct within the order and kind (fulfilment id, return id ...)
     */
    public static Message pending(UUID orderId, MessageKind kind, String reference, String recipient, String language,
                                  String subject, String body, Instant now) {
        Message message = new Message();
        message.id = MessageId.random().value();
        message.orderId = Objects.requireNonNull(orderId, "orderId");
        message.kind = Objects.requireNonNull(kind, "kind");
        message.reference = Objects.requireNonNull(reference, "reference");
        message.channel = "EMAIL";
        message.recipient = Objects.requireNonNull(recipient, "recipient");
        message.language = Objects.requireNonNull(language, "language");
        message.subject = Objects.requireNonNull(subject, "subject");
        message.body = Objects.requireNonNull(body, "body");
        message.status = MessageStatus.PENDING;
        message.createdAt = now;
        message.nextAttemptAt = now;
        return message;
    }

    /**
     * Holds a new message back until {@code until} for the document it should go with; it goes without once that
     * passed (a document that never comes must not keep the customer's news for ever). The document's arrival ends
     * the wait early ({@link #attach}).
     */
    public void awaitDocumentUntil(Instant until) {
        requirePending("hold back");
        if (attempts > 0 || documentId != null) {
            throw new IllegalStateException("message " + id + " was tried or has its document already");
        }
        nextAttemptAt = until;
    }

    /** Goes out with this document; a message that only waited for it is due at once (a back-off stays as it is). */
    public void attach(UUID documentId, Instant now) {
        requirePending("attach a document to");
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        if (attempts == 0 && nextAttemptAt.isAfter(now)) nextAttemptAt = now;
    }

    /** The SMTP server accepted the message. */
    public void markSent(Instant now) {
        requirePending("mark sent");
        attempts++;
        status = MessageStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A transient failure: try again after the policy's back-off, or give up once its attempts are used. */
    public void noteFailedAttempt(String error, Instant now, RetryPolicy policy) {
        requirePending("note a failed attempt of");
        attempts++;
        lastError = truncate(error);
        if (attempts >= policy.maxAttempts()) {
            status = MessageStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(policy.delayAfter(attempts));
        }
    }

    /** A failure no retry can mend (an address that is not one): give up at once. */
    public void markUndeliverable(String error) {
        requirePending("give up");
        attempts++;
        lastError = truncate(error);
        status = MessageStatus.FAILED;
    }

    private void requirePending(String action) {
        if (status != MessageStatus.PENDING) {
            throw new IllegalStateException("cannot " + action + " message " + id + ": it is " + status);
        }
    }

    private static String truncate(String error) {
        if (error == null) return null;
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    public MessageId id() {
        return new MessageId(id);
    }

    public UUID orderId() {
        return orderId;
    }

    public MessageKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public MessageStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public UUID documentId() {
        return documentId;
    }
}

package com.omnidom.notification.message.application;

import com.omnidom.notification.message.domain.MessageId;

/**
 * One e-mail as handed to SMTP; the message id becomes its stable Message-ID header.
 *
 * @param attachment a file that goes with it (an invoice, a credit note); null: a plain text e-mail
 */
public record OutgoingMail(MessageId messageId, String from, String to, String subject, String body, Attachment attachment) {

    public OutgoingMail(MessageId messageId, String from, String to, String subject, String body) {
        this(messageId, from, to, subject, body, null);
    }

    /** A file attached to the e-mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}

package com.omnidom.notification.message.web;

import com.omnidom.notification.message.domain.Message;
import com.omnidom.notification.message.domain.MessageKind;
import com.omnidom.notification.message.domain.MessageStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * One message with what was (or will be) sent.
 *
 * @param reference what distinguishes it within order and kind: {@code order}, the fulfilment id, the return id
 * @param attempts  SMTP attempts made so far
 * @param lastError why the last attempt failed, if it did
 * @param attachment the file name of the invoice or credit note it goes (or went) with; null: none (yet)
 */
public record NotificationDetail(UUID id, UUID orderId, MessageKind kind, String reference, String channel,
                                 String recipient, String language, String subject, String body, MessageStatus status,
                                 int attempts, String lastError, Instant createdAt, Instant sentAt, String attachment) {

    static NotificationDetail of(Message m, String attachment) {
        return new NotificationDetail(m.id().value(), m.orderId(), m.kind(), m.reference(), m.channel(), m.recipient(),
                m.language(), m.subject(), m.body(), m.status(), m.attempts(), m.lastError(), m.createdAt(), m.sentAt(),
                attachment);
    }
}

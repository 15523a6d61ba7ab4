package com.omnidom.notification.message.web;

import com.omnidom.notification.message.domain.Message;
import com.omnidom.notification.message.domain.MessageKind;
import com.omnidom.notification.message.domain.MessageStatus;

import java.time.Instant;
import java.util.UUID;

/** A message in an order's list; {@code sentAt} is null until the SMTP server accepted it. */
public record NotificationSummary(UUID id, UUID orderId, MessageKind kind, String recipient, String language,
                                  String subject, MessageStatus status, Instant sentAt) {

    static NotificationSummary of(Message m) {
        return new NotificationSummary(m.id().value(), m.orderId(), m.kind(), m.recipient(), m.language(), m.subject(),
                m.status(), m.sentAt());
    }
}

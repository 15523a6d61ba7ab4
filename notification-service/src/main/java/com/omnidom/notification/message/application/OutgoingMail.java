package com.omnidom.notification.message.application;

import com.omnidom.notification.message.domain.MessageId;

/** One e-mail as handed to SMTP; the message id becomes its stable Message-ID header. */
public record OutgoingMail(MessageId messageId, String from, String to, String subject, String body) {
}

package com.omnidom.notification.message.application;

import com.omnidom.notification.message.domain.MessageId;

/** Raised inside the recording transaction; the sender wakes up once it committed. */
public record MessageRecorded(MessageId messageId) {
}

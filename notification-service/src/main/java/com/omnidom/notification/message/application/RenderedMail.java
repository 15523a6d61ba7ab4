package com.omnidom.notification.message.application;

/** A template's result: the language actually used (after fallback), the subject line and the text body. */
public record RenderedMail(String language, String subject, String body) {
}

package com.omnidom.notification.message.domain;

/** PENDING until the SMTP server accepted it (SENT) or it was given up (FAILED). */
public enum MessageStatus { PENDING, SENT, FAILED }

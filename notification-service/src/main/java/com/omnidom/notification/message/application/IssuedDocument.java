package com.omnidom.notification.message.application;

import com.omnidom.notification.message.domain.DocumentKind;

import java.util.UUID;

/** An invoice's (per shipment) or a credit note's (per return) file, to go with the customer's e-mail. */
public record IssuedDocument(UUID orderId, DocumentKind kind, String documentNumber, UUID fulfillmentId, UUID returnId,
                             String language, String fileName, String contentType, byte[] content) {
}

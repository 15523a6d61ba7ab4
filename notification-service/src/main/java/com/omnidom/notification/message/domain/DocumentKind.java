package com.omnidom.notification.message.domain;

/** The documents payment-service renders for the customer, and the message each one goes with. */
public enum DocumentKind {
    /** per shipment (fulfilment id): goes with the {@link MessageKind#SHIPPED} e-mail */
    INVOICE(MessageKind.SHIPPED),
    /** per return (return id): goes with the {@link MessageKind#REFUNDED} e-mail */
    CREDIT_NOTE(MessageKind.REFUNDED);

    private final MessageKind attachedTo;

    DocumentKind(MessageKind attachedTo) {
        this.attachedTo = attachedTo;
    }

    public MessageKind attachedTo() {
        return attachedTo;
    }
}

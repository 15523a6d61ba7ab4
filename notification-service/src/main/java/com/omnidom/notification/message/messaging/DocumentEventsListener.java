package com.omnidom.notification.message.messaging;

import com.omnidom.events.payment.DocumentIssued;
import com.omnidom.notification.message.application.AttachDocument;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * payment.documents.v1: invoice and credit note files, attached to the shipment's and the refund's e-mail. Its own
 * consumer (the platform binds one per topic), so large files never hold up the payment events.
 */
@Component
class DocumentEventsListener implements EventHandlers {

    private final AttachDocument attach;

    DocumentEventsListener(AttachDocument attach) {
        this.attach = attach;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.event(DocumentIssued.class, issued -> attach.documentIssued(EventTranslation.document(issued)));
    }
}

package com.omnidom.notification.message.application;

import com.omnidom.notification.message.domain.Documents;
import com.omnidom.notification.message.domain.Message;
import com.omnidom.notification.message.domain.MessageId;
import com.omnidom.notification.message.domain.Messages;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Reads messages for the REST view. */
@Service
@Transactional(readOnly = true)
public class MessageQueries {

    private final Messages messages;
    private final Documents documents;

    public MessageQueries(Messages messages, Documents documents) {
        this.messages = messages;
        this.documents = documents;
    }

    public List<Message> ofOrder(UUID orderId) {
        return messages.findByOrderIdOrderByCreatedAtAscIdAsc(orderId);
    }

    /** The file name of the document the message goes (or went) with; null: none, or retention removed it. */
    public String attachmentOf(Message message) {
        return message.documentId() == null ? null : documents.fileNameOf(message.documentId()).orElse(null);
    }

    public Message get(MessageId id) {
        return messages.find(id).orElseThrow(() -> new ResourceNotFound("no notification " + id));
    }
}

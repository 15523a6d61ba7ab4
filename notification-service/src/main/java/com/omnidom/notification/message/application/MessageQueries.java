package com.omnidom.notification.message.application;

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

    public MessageQueries(Messages messages) {
        this.messages = messages;
    }

    public List<Message> ofOrder(UUID orderId) {
        return messages.findByOrderIdOrderByCreatedAtAscIdAsc(orderId);
    }

    public Message get(MessageId id) {
        return messages.find(id).orElseThrow(() -> new ResourceNotFound("no notification " + id));
    }
}

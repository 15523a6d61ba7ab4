package com.omnidom.notification.message.web;

import com.omnidom.notification.message.application.MessageQueries;
import com.omnidom.notification.message.domain.Message;
import com.omnidom.notification.message.domain.MessageId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Messages to customers about their orders, read-only")
class NotificationController {

    private final MessageQueries queries;

    NotificationController(MessageQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List an order's notifications", description = "Oldest first; an unknown order has none (empty list). "
            + "400 when orderId is missing or not a UUID.")
    List<NotificationSummary> ofOrder(@Parameter(description = "the order's id", required = true)
                                      @RequestParam UUID orderId) {
        return queries.ofOrder(orderId).stream().map(NotificationSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a notification with its body", description = "404 if there is none with this id.")
    NotificationDetail get(@PathVariable UUID id) {
        Message message = queries.get(new MessageId(id));
        return NotificationDetail.of(message, queries.attachmentOf(message));
    }
}

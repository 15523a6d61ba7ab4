package com.omnidom.notification.message.application;

import com.omnidom.events.notification.NotificationSent;
import com.omnidom.notification.message.domain.Message;
import com.omnidom.notification.message.domain.MessageKind;
import com.omnidom.notification.message.domain.Messages;
import com.omnidom.notification.message.domain.RetryPolicy;
import com.omnidom.platform.outbox.Outbox;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delivers PENDING messages: each in its own transaction, it locks the row ({@code FOR UPDATE SKIP LOCKED}, so
 * instances share the work without sending one message twice at a time), hands the e-mail to SMTP, then marks it
 * SENT and appends {@link NotificationSent} to the outbox in that same transaction. A crash between the SMTP
 * server's acceptance and the commit sends that one message again after restart: at least once (README).
 * Runs every {@code omnidom.notification.sender.interval} and right after a transaction recorded a message. Every
 * attempt SMTP did not accept counts in {@code omnidom_mails_failed_total{kind}} (a breaker-open skip is no attempt).
 */
@Component
public class MessageSender {

    private static final Logger log = LoggerFactory.getLogger(MessageSender.class);

    private enum Outcome { NONE_DUE, DONE, SMTP_UNAVAILABLE }

    private final Messages messages;
    private final SmtpMailer mailer;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final TaskScheduler scheduler;
    private final NotificationProperties properties;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final ReentrantLock draining = new ReentrantLock();
    private final MeterRegistry meters;

    public MessageSender(Messages messages, SmtpMailer mailer, Outbox outbox, TransactionTemplate transactions,
                         TaskScheduler scheduler, NotificationProperties properties, MeterRegistry meters, Clock clock) {
        this.messages = messages;
        this.mailer = mailer;
        this.outbox = outbox;
        this.transactions = transactions;
        this.scheduler = scheduler;
        this.properties = properties;
        this.retryPolicy = properties.sender().retryPolicy();
        this.meters = meters;
        // every kind's series exported from the start, at 0: a first failure then shows as a rate at once
        for (MessageKind kind : MessageKind.values()) failures(kind);
        this.clock = clock;
    }

    /** A message was committed: send it now rather than at the next interval (on the scheduler's thread). */
    @TransactionalEventListener
    void wakeUp(MessageRecorded recorded) {
        scheduler.schedule(this::sendDue, clock.instant());
    }

    @Scheduled(fixedDelayString = "${omnidom.notification.sender.interval:500ms}")
    public void sendDue() {
        if (!draining.tryLock()) return;
        try {
            for (int i = 0; i < properties.sender().batchSize(); i++) {
                Outcome outcome = transactions.execute(status -> sendNext());
                if (outcome != Outcome.DONE) break;
            }
        } catch (RuntimeException e) {
            // the database is away, most likely: the next round tries again
            log.warn("sending messages interrupted: {}", e.toString());
        } finally {
            draining.unlock();
        }
    }

    private Outcome sendNext() {
        Instant now = clock.instant();
        Optional<Message> due = messages.lockNextDue(now);
        if (due.isEmpty()) return Outcome.NONE_DUE;
        Message message = due.get();
        log.debug("sending message {} (attempt {})", message.id(), message.attempts() + 1);
        try {
            mailer.send(new OutgoingMail(message.id(), properties.from(), message.recipient(), message.subject(),
                    message.body()));
        } catch (CallNotPermittedException open) {
            log.debug("SMTP circuit breaker open, message {} waits", message.id());
            // the breaker is open: no attempt was made, none is counted; the row stays as it was
            return Outcome.SMTP_UNAVAILABLE;
        } catch (MailParseException | MailPreparationException undeliverable) {
            log.warn("message {} cannot be sent: {}", message.id(), undeliverable.getMessage());
            message.markUndeliverable(describe(undeliverable));
            failed(message);
            return Outcome.DONE;
        } catch (MailException failed) {
            message.noteFailedAttempt(describe(failed), clock.instant(), retryPolicy);
            failed(message);
            log.warn("message {} not accepted by SMTP (attempt {}, {}): {}", message.id(), message.attempts(),
                    message.status(), describe(failed));
            return Outcome.SMTP_UNAVAILABLE;
        }
        Instant sentAt = clock.instant();
        message.markSent(sentAt);
        log.debug("message {} sent", message.id());
        NotificationSent.Kind kind = contractKind(message.kind());
        if (kind == null) {
            // the contract's enum does not know this kind yet: an event with another or no kind would mislead consumers
            log.info("message {} sent; the contract's NotificationSent.Kind has no {} yet, so no event", message.id(),
                    message.kind());
            return Outcome.DONE;
        }
        outbox.append(new NotificationSent(UUID.randomUUID(), sentAt, message.orderId(), message.id().value(),
                kind, message.channel(), message.recipient(), message.language()));
        return Outcome.DONE;
    }

    private void failed(Message message) {
        failures(message.kind()).increment();
    }

    private Counter failures(MessageKind kind) {
        return Counter.builder("omnidom.mails.failed").description("E-mail attempts the SMTP server did not accept")
                .tag("kind", kind.name()).register(meters);
    }

    private static NotificationSent.Kind contractKind(MessageKind kind) {
        return Arrays.stream(NotificationSent.Kind.values()).filter(k -> k.name().equals(kind.name())).findFirst()
                .orElse(null);
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root == e ? e.getMessage() : e.getMessage() + " (" + root + ")";
    }
}

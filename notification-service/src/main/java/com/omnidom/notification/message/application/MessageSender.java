package com.omnidom.notification.message.application;

import com.omnidom.events.notification.NotificationSent;
import com.omnidom.notification.message.domain.Document;
import com.omnidom.notification.message.domain.Documents;
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
import com.omnidom.platform.wakeup.SignalledWork;
import com.omnidom.platform.wakeup.SignalledWorker;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers PENDING messages: each in its own transaction, it locks the row ({@code FOR UPDATE SKIP LOCKED}, so
 * instances share the work without sending one message twice at a time), hands the e-mail to SMTP, then marks it
 * SENT and appends {@link NotificationSent} to the outbox in that same transaction. A crash between the SMTP
 * server's acceptance and the commit sends that one message again after restart: at least once (README).
 * Runs on its own thread right after a transaction that recorded a message commits, when the next retry is due, when
 * an open circuit breaker lets calls through again, and every {@code omnidom.notification.sender.interval} as the
 * fallback (another instance's messages). Every attempt SMTP did not accept counts in
 * {@code omnidom_mails_failed_total{kind}} (a breaker-open skip is no attempt).
 */
@Component
public class MessageSender implements SignalledWork {

    private static final Logger log = LoggerFactory.getLogger(MessageSender.class);

    private enum Outcome { NONE_DUE, DONE, FAILED, BREAKER_OPEN }

    private final Messages messages;
    private final Documents documents;
    private final SmtpMailer mailer;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final NotificationProperties properties;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final MeterRegistry meters;
    private final SignalledWorker worker;

    public MessageSender(Messages messages, Documents documents, SmtpMailer mailer, Outbox outbox,
                         TransactionTemplate transactions, NotificationProperties properties, MeterRegistry meters,
                         Clock clock) {
        this.messages = messages;
        this.documents = documents;
        this.mailer = mailer;
        this.outbox = outbox;
        this.transactions = transactions;
        this.properties = properties;
        this.retryPolicy = properties.sender().retryPolicy();
        this.meters = meters;
        // every kind's series exported from the start, at 0: a first failure then shows as a rate at once
        for (MessageKind kind : MessageKind.values()) failures(kind);
        this.clock = clock;
        this.worker = new SignalledWorker("mail-sender", Duration.ZERO, properties.sender().interval(), this::sendDue);
    }

    /** A message was recorded: send it once its transaction committed, not at the next fallback round. */
    @EventListener
    void wakeUp(MessageRecorded recorded) {
        worker.signal();
    }

    /** @return when to look again: at once after a full batch, else when the next message is due */
    Duration sendDue() {
        Outcome outcome = Outcome.DONE;
        for (int i = 0; i < properties.sender().batchSize() && outcome == Outcome.DONE; i++) {
            outcome = transactions.execute(status -> sendNext());
        }
        return switch (outcome) {
            case DONE -> Duration.ZERO; // a full batch: more may be due
            case BREAKER_OPEN -> properties.smtp().openFor();
            case FAILED -> untilNextDue(Duration.ZERO); // backed off; another message may be due already
            // one due already is locked by another instance's sender: the fallback round looks again
            case NONE_DUE -> untilNextDue(null);
        };
    }

    private Duration untilNextDue(Duration whenDueAlready) {
        return messages.nextAttemptAt().map(at -> Duration.between(clock.instant(), at))
                .map(wait -> wait.isPositive() ? wait : whenDueAlready).orElse(null);
    }

    @Override
    public SignalledWorker worker() {
        return worker;
    }

    private Outcome sendNext() {
        Instant now = clock.instant();
        Optional<Message> due = messages.lockNextDue(now);
        if (due.isEmpty()) return Outcome.NONE_DUE;
        Message message = due.get();
        log.debug("sending message {} (attempt {})", message.id(), message.attempts() + 1);
        try {
            mailer.send(new OutgoingMail(message.id(), properties.from(), message.recipient(), message.subject(),
                    message.body(), attachment(message)));
        } catch (CallNotPermittedException open) {
            log.debug("SMTP circuit breaker open, message {} waits", message.id());
            // the breaker is open: no attempt was made, none is counted; the row stays as it was
            return Outcome.BREAKER_OPEN;
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
            return Outcome.FAILED;
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

    /** The message's document as a file, if it has one (and retention has not removed it). */
    private OutgoingMail.Attachment attachment(Message message) {
        if (message.documentId() == null) return null;
        Document document = documents.findById(message.documentId()).orElse(null);
        return document == null ? null
                : new OutgoingMail.Attachment(document.fileName(), document.contentType(), document.content());
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

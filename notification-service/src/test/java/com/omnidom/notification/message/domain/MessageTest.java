package com.omnidom.notification.message.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(15));

    static Message aPendingMessage() {
        return Message.pending(UUID.randomUUID(), MessageKind.SHIPPED, "f-1", "anna@example.com", "de",
                "Unterwegs", "Hallo", NOW);
    }

    @Test
    void aNewMessageIsDueAtOnce() {
        Message message = aPendingMessage();

        assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(message.nextAttemptAt()).isEqualTo(NOW);
        assertThat(message.attempts()).isZero();
        assertThat(message.sentAt()).isNull();
    }

    @Test
    void aMessageWaitingForItsDocumentIsDueWhenItArrivesOrWhenTheWaitIsOver() {
        Message waiting = aPendingMessage();
        waiting.awaitDocumentUntil(NOW.plusSeconds(600));
        assertThat(waiting.nextAttemptAt()).isEqualTo(NOW.plusSeconds(600));
        assertThat(waiting.documentId()).isNull();

        UUID invoice = UUID.randomUUID();
        waiting.attach(invoice, NOW.plusSeconds(30));

        assertThat(waiting.documentId()).isEqualTo(invoice);
        assertThat(waiting.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThatThrownBy(() -> waiting.awaitDocumentUntil(NOW.plusSeconds(900))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDocumentArrivingDuringABackOffKeepsTheBackOffAndASentMessageTakesNone() {
        Message backingOff = aPendingMessage();
        backingOff.noteFailedAttempt("421 try later", NOW, POLICY);

        backingOff.attach(UUID.randomUUID(), NOW.plusSeconds(1));

        assertThat(backingOff.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        backingOff.markSent(NOW.plusSeconds(10));
        assertThatThrownBy(() -> backingOff.attach(UUID.randomUUID(), NOW.plusSeconds(11)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sendingCountsTheAttemptAndRecordsTheTime() {
        Message message = aPendingMessage();
        message.noteFailedAttempt("connection refused", NOW, POLICY);

        message.markSent(NOW.plusSeconds(20));

        assertThat(message.status()).isEqualTo(MessageStatus.SENT);
        assertThat(message.attempts()).isEqualTo(2);
        assertThat(message.sentAt()).isEqualTo(NOW.plusSeconds(20));
        assertThat(message.lastError()).isNull();
    }

    @Test
    void aFailedAttemptWaitsLongerEachTimeUpToTheLimit() {
        Message message = aPendingMessage();

        message.noteFailedAttempt("421 try later", NOW, POLICY);
        assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        message.noteFailedAttempt("421 try later", NOW, POLICY);
        assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(15));
        assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(message.lastError()).isEqualTo("421 try later");
    }

    @Test
    void isGivenUpAfterTheLastAllowedAttempt() {
        Message message = aPendingMessage();

        for (int i = 0; i < 3; i++) message.noteFailedAttempt("connection refused", NOW, POLICY);

        assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(message.attempts()).isEqualTo(3);
        assertThat(message.lastError()).isEqualTo("connection refused");
    }

    @Test
    void anUndeliverableAddressFailsAtOnce() {
        Message message = aPendingMessage();

        message.markUndeliverable("not an e-mail address");

        assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(message.attempts()).isEqualTo(1);
    }

    @Test
    void aSentMessageIsNeverSentAgain() {
        Message message = aPendingMessage();
        message.markSent(NOW);

        assertThatThrownBy(() -> message.markSent(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> message.noteFailedAttempt("x", NOW, POLICY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedMessageStaysFailed() {
        Message message = aPendingMessage();
        message.markUndeliverable("bad address");

        assertThatThrownBy(() -> message.markSent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepsOnlyTheBeginningOfAVeryLongError() {
        Message message = aPendingMessage();

        message.noteFailedAttempt("x".repeat(5000), NOW, POLICY);

        assertThat(message.lastError()).hasSize(2000);
    }

    @Test
    void retryPolicyDoublesFromTheFirstDelay() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(1));

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(30)).isEqualTo(Duration.ofMinutes(1));
    }
}

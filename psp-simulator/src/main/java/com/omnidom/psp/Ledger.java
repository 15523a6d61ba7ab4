package com.omnidom.psp;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The PSP's books, in memory: authorisations with their limit, the captures taken from them, the parts of them
 * released (given back to the card holder uncaptured) and the refunds. An authorisation older than its time to live
 * can no longer be captured (as card schemes let them lapse): the merchant re-authorises the card for a new one.
 * Every method is one atomic step (synchronized); a refused step changes nothing.
 */
public final class Ledger {

    private final Map<String, Authorization> authorizations = new LinkedHashMap<>();
    private final Map<String, Capture> captures = new LinkedHashMap<>();
    private final Map<String, Refund> refunds = new LinkedHashMap<>();
    private final Map<String, ReleaseView> releases = new LinkedHashMap<>();
    private final BigDecimal defaultLimit;
    private final Duration authorizationTtl;
    private final Clock clock;

    /** How long an authorisation can be captured unless told otherwise: 7 days, as many card schemes allow. */
    public static final Duration DEFAULT_AUTHORIZATION_TTL = Duration.ofDays(7);

    public Ledger(BigDecimal defaultLimit, Clock clock) {
        this(defaultLimit, DEFAULT_AUTHORIZATION_TTL, clock);
    }

    public Ledger(BigDecimal defaultLimit, Duration authorizationTtl, Clock clock) {
        if (defaultLimit.signum() < 0) throw new IllegalArgumentException("default limit must not be negative");
        if (authorizationTtl.isNegative() || authorizationTtl.isZero()) {
            throw new IllegalArgumentException("authorization ttl must be positive");
        }
        this.defaultLimit = defaultLimit;
        this.authorizationTtl = authorizationTtl;
        this.clock = clock;
    }

    /** @param expiresAt from then on captures are refused ({@code authorization_expired}) */
    public record AuthorizationView(String id, String status, String amount, String currency, String captured,
                                    String released, String refunded, String remaining, Instant createdAt,
                                    Instant expiresAt) {
    }

    public record ReleaseView(String id, String status, String authorization, String amount, String currency,
                              Instant createdAt) {
    }

    public record CaptureView(String id, String status, String authorization, String amount, String currency,
                              String refunded, Instant createdAt) {
    }

    public record RefundView(String id, String status, String authorization, String capture, String amount,
                             String currency, Instant createdAt) {
    }

    /** Creates an authorisation; the same id with the same amount and currency is the same authorisation. */
    public synchronized AuthorizationView authorize(String id, BigDecimal amount, String currency) {
        positive(amount);
        Authorization existing = authorizations.get(id);
        if (existing != null) {
            if (existing.limit.compareTo(amount) != 0 || !existing.currency.equals(currency)) {
                throw new PspRefusal(409, "authorization_exists",
                        "authorization " + id + " exists with " + existing.limit.toPlainString() + " " + existing.currency);
            }
            return existing.view();
        }
        Authorization created = new Authorization(id, currency, amount, clock.instant());
        authorizations.put(id, created);
        return created.view();
    }

    /**
     * A new authorisation on the card behind {@code authorizationId} (typically an expired one), for {@code amount};
     * its own id {@code auth_…}, its own time to live. Refused with 402 {@code card_declined} when the card declines
     * (see {@link #age}).
     */
    public synchronized AuthorizationView reauthorize(String authorizationId, BigDecimal amount, String currency) {
        positive(amount);
        Authorization original = authorizations.get(authorizationId);
        if (original == null) throw new PspRefusal(404, "unknown_authorization", "no authorization " + authorizationId);
        sameCurrency(original, currency);
        if (original.declinesReauthorization) {
            throw new PspRefusal(402, "card_declined", "the card of authorization " + authorizationId
                    + " declined a new authorization of " + amount.toPlainString() + " " + currency);
        }
        Authorization created = new Authorization("auth_" + UUID.randomUUID(), currency, amount, clock.instant());
        authorizations.put(created.id, created);
        return created.view();
    }

    /**
     * Test-facing: makes an authorisation {@code age} old (e.g. beyond the time to live, so captures are refused as
     * expired) and, when {@code declineReauthorization} is given, whether its card declines re-authorisations.
     */
    public synchronized AuthorizationView age(String authorizationId, Duration age, Boolean declineReauthorization) {
        Authorization authorization = authorizations.get(authorizationId);
        if (authorization == null) throw new PspRefusal(404, "unknown_authorization", "no authorization " + authorizationId);
        if (age != null) {
            if (age.isNegative()) throw new PspRefusal(400, "invalid_request", "ageSeconds: must not be negative");
            authorization.createdAt = clock.instant().minus(age);
        }
        if (declineReauthorization != null) authorization.declinesReauthorization = declineReauthorization;
        return authorization.view();
    }

    public synchronized boolean hasAuthorization(String id) {
        return authorizations.containsKey(id);
    }

    /** Captures from an authorisation, created with the default limit on first use; never beyond its remainder. */
    public synchronized CaptureView capture(String authorizationId, BigDecimal amount, String currency) {
        positive(amount);
        Authorization authorization = authorizations.get(authorizationId);
        if (authorization == null) {
            authorization = new Authorization(authorizationId, currency, defaultLimit, clock.instant());
        }
        sameCurrency(authorization, currency);
        Instant now = clock.instant();
        if (!now.isBefore(authorization.expiresAt())) {
            throw new PspRefusal(422, "authorization_expired", "authorization " + authorizationId + " expired at "
                    + authorization.expiresAt() + " (older than " + authorizationTtl + "); re-authorize the card");
        }
        BigDecimal remaining = authorization.remaining();
        if (amount.compareTo(remaining) > 0) {
            throw new PspRefusal(422, "amount_exceeds_authorization", "capture of " + amount.toPlainString()
                    + " exceeds the remaining " + remaining.toPlainString() + " of authorization " + authorizationId);
        }
        authorizations.putIfAbsent(authorizationId, authorization);
        authorization.captured = authorization.captured.add(amount);
        Capture capture = new Capture("cap_" + UUID.randomUUID(), authorization, amount, clock.instant());
        authorization.captures.add(capture);
        captures.put(capture.id, capture);
        return capture.view();
    }

    /**
     * Releases part of an authorisation that will not be captured (a partial reversal, e.g. cancelled lines): the
     * authorisation's remainder shrinks, never below zero. Created with the default limit on first use, like a capture.
     */
    public synchronized ReleaseView release(String authorizationId, BigDecimal amount, String currency) {
        positive(amount);
        Authorization authorization = authorizations.get(authorizationId);
        if (authorization == null) {
            authorization = new Authorization(authorizationId, currency, defaultLimit, clock.instant());
        }
        sameCurrency(authorization, currency);
        BigDecimal remaining = authorization.remaining();
        if (amount.compareTo(remaining) > 0) {
            throw new PspRefusal(422, "amount_exceeds_authorization", "release of " + amount.toPlainString()
                    + " exceeds the remaining " + remaining.toPlainString() + " of authorization " + authorizationId);
        }
        authorizations.putIfAbsent(authorizationId, authorization);
        authorization.released = authorization.released.add(amount);
        ReleaseView release = new ReleaseView("rel_" + UUID.randomUUID(), "RELEASED", authorizationId,
                amount.toPlainString(), authorization.currency, clock.instant());
        releases.put(release.id(), release);
        return release;
    }

    public synchronized Optional<ReleaseView> findRelease(String id) {
        return Optional.ofNullable(releases.get(id));
    }

    public synchronized Optional<CaptureView> findCapture(String id) {
        return Optional.ofNullable(captures.get(id)).map(Capture::view);
    }

    public synchronized Optional<AuthorizationView> findAuthorization(String id) {
        return Optional.ofNullable(authorizations.get(id)).map(Authorization::view);
    }

    /** Refunds one capture, never more than was captured by it and not refunded yet. */
    public synchronized RefundView refundCapture(String captureId, BigDecimal amount, String currency) {
        positive(amount);
        Capture capture = captures.get(captureId);
        if (capture == null) throw new PspRefusal(404, "unknown_capture", "no capture " + captureId);
        sameCurrency(capture.authorization, currency);
        BigDecimal refundable = capture.amount.subtract(capture.refunded);
        if (amount.compareTo(refundable) > 0) {
            throw new PspRefusal(422, "amount_exceeds_capture", "refund of " + amount.toPlainString()
                    + " exceeds the refundable " + refundable.toPlainString() + " of capture " + captureId);
        }
        capture.refunded = capture.refunded.add(amount);
        capture.authorization.refunded = capture.authorization.refunded.add(amount);
        return record(capture.authorization, captureId, amount);
    }

    /** Refunds what an authorisation captured, taken from its latest captures first. */
    public synchronized RefundView refundAuthorization(String authorizationId, BigDecimal amount, String currency) {
        positive(amount);
        Authorization authorization = authorizations.get(authorizationId);
        if (authorization == null) throw new PspRefusal(404, "unknown_authorization", "no authorization " + authorizationId);
        sameCurrency(authorization, currency);
        BigDecimal refundable = authorization.captured.subtract(authorization.refunded);
        if (amount.compareTo(refundable) > 0) {
            throw new PspRefusal(422, "amount_exceeds_captured", "refund of " + amount.toPlainString()
                    + " exceeds the refundable " + refundable.toPlainString() + " of authorization " + authorizationId);
        }
        BigDecimal open = amount;
        for (int i = authorization.captures.size() - 1; i >= 0 && open.signum() > 0; i--) {
            Capture capture = authorization.captures.get(i);
            BigDecimal part = open.min(capture.amount.subtract(capture.refunded));
            capture.refunded = capture.refunded.add(part);
            open = open.subtract(part);
        }
        authorization.refunded = authorization.refunded.add(amount);
        return record(authorization, null, amount);
    }

    private RefundView record(Authorization authorization, String captureId, BigDecimal amount) {
        Refund refund = new Refund("ref_" + UUID.randomUUID(), authorization.id, captureId, amount,
                authorization.currency, clock.instant());
        refunds.put(refund.id, refund);
        return new RefundView(refund.id, "REFUNDED", refund.authorization, refund.capture, amount.toPlainString(),
                refund.currency, refund.createdAt);
    }

    private static void positive(BigDecimal amount) {
        if (amount.signum() <= 0) throw new PspRefusal(400, "invalid_request", "amount: must be greater than 0");
    }

    private static void sameCurrency(Authorization authorization, String currency) {
        if (!authorization.currency.equals(currency)) {
            throw new PspRefusal(422, "currency_mismatch", "authorization " + authorization.id + " is in "
                    + authorization.currency + ", not " + currency);
        }
    }

    private final class Authorization {
        final String id;
        final String currency;
        final BigDecimal limit;
        Instant createdAt;
        boolean declinesReauthorization;
        final List<Capture> captures = new ArrayList<>();
        BigDecimal captured;
        BigDecimal released;
        BigDecimal refunded;

        Authorization(String id, String currency, BigDecimal limit, Instant createdAt) {
            this.id = id;
            this.currency = currency;
            this.limit = limit;
            this.createdAt = createdAt;
            // "0.00", not "0", in the answers
            this.captured = BigDecimal.ZERO.setScale(Math.max(limit.scale(), 0));
            this.refunded = captured;
            this.released = captured;
        }

        BigDecimal remaining() {
            return limit.subtract(captured).subtract(released);
        }

        Instant expiresAt() {
            return createdAt.plus(authorizationTtl);
        }

        AuthorizationView view() {
            return new AuthorizationView(id, clock.instant().isBefore(expiresAt()) ? "AUTHORIZED" : "EXPIRED",
                    limit.toPlainString(), currency, captured.toPlainString(), released.toPlainString(),
                    refunded.toPlainString(), remaining().toPlainString(), createdAt, expiresAt());
        }
    }

    private static final class Capture {
        final String id;
        final Authorization authorization;
        final BigDecimal amount;
        final Instant createdAt;
        BigDecimal refunded;

        Capture(String id, Authorization authorization, BigDecimal amount, Instant createdAt) {
            this.id = id;
            this.authorization = authorization;
            this.amount = amount;
            this.createdAt = createdAt;
            this.refunded = BigDecimal.ZERO.setScale(Math.max(amount.scale(), 0));
        }

        CaptureView view() {
            return new CaptureView(id, "CAPTURED", authorization.id, amount.toPlainString(), authorization.currency,
                    refunded.toPlainString(), createdAt);
        }
    }

    private record Refund(String id, String authorization, String capture, BigDecimal amount, String currency,
                          Instant createdAt) {
    }
}

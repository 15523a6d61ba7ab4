package com.omnidom.psp;

import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Disputes (chargebacks) a cardholder raised against a capture, and the webhooks that tell the merchant: a POST of
 * the notification's JSON to the merchant's URL with {@value #SIGNATURE} {@code sha256=<hex>}, the HMAC-SHA256 of the
 * raw body under the shared secret, as real PSPs sign theirs. Sent at once (the caller sees the merchant's answer);
 * a failed delivery is not retried here (send it again with {@code /v1/disputes/{id}/notify}).
 */
public final class Disputes {

    public static final String SIGNATURE = "Psp-Signature";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A dispute; {@code status} OPEN, WON or LOST (the cardholder's bank decided); {@code evidence} what the merchant
     * submitted to contest it (null until then), when.
     */
    public record DisputeView(String id, String status, String capture, String authorization, String amount,
                              String currency, String reason, Instant createdAt, String evidence, Instant evidenceAt) {

        DisputeView withStatus(String status) {
            return new DisputeView(id, status, capture, authorization, amount, currency, reason, createdAt, evidence, evidenceAt);
        }
    }

    /** What the webhook delivered: the merchant's HTTP status (0 when it could not be reached). */
    public record Delivery(DisputeView dispute, String type, int merchantStatus) {
    }

    private final Ledger ledger;
    private final Clock clock;
    private final String defaultUrl;
    private final String secret;
    private final Map<String, DisputeView> disputes = new LinkedHashMap<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Disputes(Ledger ledger, Clock clock, String defaultUrl, String secret) {
        this.ledger = ledger;
        this.clock = clock;
        this.defaultUrl = defaultUrl;
        this.secret = secret;
    }

    /** Opens a dispute of {@code amount} (null: all) of a capture and notifies the merchant ({@code dispute.opened}). */
    public Delivery open(String captureId, BigDecimal amount, String reason, String url) {
        Ledger.CaptureView capture = ledger.findCapture(captureId)
                .orElseThrow(() -> new PspRefusal(404, "unknown_capture", "no capture " + captureId));
        BigDecimal disputed = amount == null ? new BigDecimal(capture.amount()) : amount;
        if (disputed.signum() <= 0 || disputed.compareTo(new BigDecimal(capture.amount())) > 0) {
            throw new PspRefusal(422, "amount_exceeds_capture", "a dispute is of 0 < amount <= the capture's " + capture.amount());
        }
        DisputeView dispute;
        synchronized (disputes) {
            dispute = new DisputeView("dsp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16), "OPEN",
                    capture.id(), capture.authorization(), disputed.toPlainString(), capture.currency(),
                    reason == null ? "fraudulent" : reason, clock.instant(), null, null);
            disputes.put(dispute.id(), dispute);
        }
        return notify(dispute, "dispute.opened", url);
    }

    /** The bank decided: WON (the money comes back to the merchant) or LOST; notifies {@code dispute.won} / {@code .lost}. */
    public Delivery resolve(String id, String outcome, String url) {
        if (!"WON".equals(outcome) && !"LOST".equals(outcome)) {
            throw new PspRefusal(400, "invalid_request", "outcome: WON or LOST");
        }
        DisputeView resolved;
        synchronized (disputes) {
            DisputeView dispute = find(id);
            if (!dispute.status().equals("OPEN")) {
                throw new PspRefusal(409, "dispute_closed", "dispute " + id + " was " + dispute.status() + " already");
            }
            resolved = dispute.withStatus(outcome);
            disputes.put(id, resolved);
        }
        return notify(resolved, "dispute." + outcome.toLowerCase(), url);
    }

    /** The merchant contests an open dispute with evidence for the bank (kept on the dispute; sent again, it replaces it). */
    public DisputeView evidence(String id, String evidence) {
        if (evidence == null || evidence.isBlank()) throw new PspRefusal(400, "invalid_request", "evidence: required");
        synchronized (disputes) {
            DisputeView dispute = find(id);
            if (!dispute.status().equals("OPEN")) {
                throw new PspRefusal(409, "dispute_closed", "dispute " + id + " was " + dispute.status() + " already");
            }
            DisputeView contested = new DisputeView(dispute.id(), dispute.status(), dispute.capture(), dispute.authorization(),
                    dispute.amount(), dispute.currency(), dispute.reason(), dispute.createdAt(), evidence, clock.instant());
            disputes.put(id, contested);
            return contested;
        }
    }

    public DisputeView dispute(String id) {
        synchronized (disputes) {
            return find(id);
        }
    }

    /** Sends the dispute's current notification again (a merchant that was down). */
    public Delivery renotify(String id, String url) {
        DisputeView dispute;
        synchronized (disputes) {
            dispute = find(id);
        }
        return notify(dispute, dispute.status().equals("OPEN") ? "dispute.opened" : "dispute." + dispute.status().toLowerCase(), url);
    }

    private DisputeView find(String id) {
        DisputeView dispute = disputes.get(id);
        if (dispute == null) throw new PspRefusal(404, "unknown_dispute", "no dispute " + id);
        return dispute;
    }

    private Delivery notify(DisputeView dispute, String type, String url) {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("id", "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        notification.put("type", type);
        notification.put("createdAt", clock.instant().toString());
        notification.put("dispute", dispute);
        byte[] body = JSON.writeValueAsBytes(notification);
        String target = url == null || url.isBlank() ? defaultUrl : url;
        try {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(target))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE, sign(body, secret))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            return new Delivery(dispute, type, answer.statusCode());
        } catch (IOException e) {
            return new Delivery(dispute, type, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(dispute, type, 0);
        }
    }

    /** {@code sha256=<hex of HMAC-SHA256(body, secret)>}. */
    public static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}

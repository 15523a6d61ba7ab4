package com.omnidom.payment.payments.web;

import com.omnidom.payment.payments.application.PaymentDetails;
import com.omnidom.payment.payments.domain.AuthorizationRelease;
import com.omnidom.payment.payments.domain.Capture;
import com.omnidom.payment.payments.domain.CreditNote;
import com.omnidom.payment.payments.domain.GiftCard;
import com.omnidom.payment.payments.domain.Invoice;
import com.omnidom.payment.payments.domain.Invoicing;
import com.omnidom.payment.payments.domain.PaymentLine;
import com.omnidom.payment.payments.domain.Receivable;
import com.omnidom.payment.payments.domain.Refund;
import com.omnidom.payment.payments.domain.Tender;
import com.omnidom.payment.payments.domain.TenderPayment;
import com.omnidom.payment.payments.domain.TenderType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A payment as the REST API shows it; amounts are decimal strings in the order's currency. */
public record PaymentResponse(UUID orderId, String orderNumber, String currency, String total, String authorized,
                              String captured, String released, String refunded, Summary summary,
                              List<TenderResponse> tenders, List<LineResponse> lines, List<ChargeResponse> charges,
                              List<CaptureResponse> captures, List<ReleaseResponse> releases,
                              List<RefundResponse> refunds, List<InvoiceResponse> invoices,
                              List<CreditNoteResponse> creditNotes, List<PspFailureResponse> pspFailures) {

    /**
     * The order's money at a glance: {@code invoiced} Σ invoices' gross; {@code paid} what the tenders settled
     * (captured, except on account) plus the transfers received on account; {@code open} what is still owed on the
     * invoices paid on account (dunning fees included).
     */
    public record Summary(String authorized, String captured, String invoiced, String paid, String refunded, String open) {
    }

    /**
     * A charge of the order (shipping, handling, gift wrap, other): captured and invoiced with the first capture,
     * released with a cancel of every line before any shipment, refunded with the return of the last units (policy).
     */
    public record ChargeResponse(String chargeId, String type, String name, String amount, String taxRate,
                                 String taxCategory, boolean captured, boolean cancelled, boolean refunded) {
    }

    /**
     * @param previousReference the card authorisation {@code reference} replaced when it expired before a capture
     *                          (re-authorised at {@code reauthorizedAt}); null if never re-authorised
     */
    public record TenderResponse(String tenderId, String type, String reference, String authorized, String captured,
                                 String released, String refunded, String previousReference, Instant reauthorizedAt) {
    }

    /**
     * A capture, release or refund the PSP refused (e.g. an expired card authorisation whose re-authorisation the card
     * declined): taken back here and dead-lettered, for customer service to settle with the customer.
     *
     * @param subjectId the shipment, cancellation or return it was for
     */
    public record PspFailureResponse(String kind, UUID subjectId, String amount, String reason, Instant failedAt) {
    }

    /** @param taxRate the channel's; @param taxCategory null for orders of older producers (then taxRate is invoiced) */
    public record LineResponse(String lineId, String sku, int quantity, String unitPrice, String taxRate,
                               String taxCategory, int capturedQuantity, int cancelledQuantity, int returnedQuantity) {
    }

    public record LineQuantityResponse(String lineId, int quantity) {
    }

    /** Money authorised for cancelled lines and given back uncaptured; {@code cancellationId} is the OrderCancelled event's id. */
    public record ReleaseResponse(UUID releaseId, UUID cancellationId, String amount, String reason, Instant releasedAt,
                                  List<LineQuantityResponse> lines, List<TenderPart> parts) {
    }

    public record TenderPart(String tenderId, String type, String amount, String pspReference) {
    }

    public record CaptureResponse(UUID captureId, UUID fulfillmentId, String amount, Instant capturedAt,
                                  List<TenderPart> parts) {
    }

    public record RefundResponse(UUID refundId, UUID returnId, String amount, Instant refundedAt, List<TenderPart> parts) {
    }

    public record TaxResponse(String rate, String net, String tax, String gross) {
    }

    /** @param country whose tax rules gave the rates, @param taxPoint the day they were taken for (null on older invoices) */
    /**
     * @param dueDate      the day it is to be paid by when paid on account, else null
     * @param paid         what the tenders settled plus the transfers received for it
     * @param open         what is still owed on it (dunning fees included); 0 when the tenders settled it
     * @param dunningLevel the reminders sent (0: none)
     */
    public record InvoiceResponse(UUID invoiceId, String invoiceNumber, UUID fulfillmentId, String country,
                                  LocalDate taxPoint, String net, String tax, String gross, Instant issuedAt,
                                  List<TaxResponse> taxes, LocalDate dueDate, String paid, String open, int dunningLevel) {
    }

    /** @param invoiceNumbers the invoices whose units (and rates) it credits */
    public record CreditNoteResponse(UUID creditNoteId, String creditNoteNumber, UUID returnId, List<String> invoiceNumbers,
                                     String country, String net, String tax, String gross, Instant issuedAt,
                                     List<TaxResponse> taxes) {
    }

    /** @param fullReferences false: tender references masked to their last four characters */
    static PaymentResponse of(PaymentDetails details, boolean fullReferences) {
        var p = details.payment();
        Map<String, Receivable> owed = details.receivables().stream()
                .collect(Collectors.toMap(Receivable::invoiceNumber, r -> r));
        return new PaymentResponse(p.orderId().value(), p.orderNumber(), p.currency(), text(p.total()),
                text(p.authorized()), text(p.captured()), text(p.released()), text(p.refunded()), summary(details),
                p.tenders().stream().map(t -> tender(t, fullReferences)).toList(),
                p.lines().stream().filter(l -> !l.isCharge()).map(PaymentResponse::line).toList(),
                p.lines().stream().filter(PaymentLine::isCharge).map(PaymentResponse::charge).toList(),
                details.captures().stream().map(PaymentResponse::capture).toList(),
                details.releases().stream().map(PaymentResponse::release).toList(),
                details.refunds().stream().map(PaymentResponse::refund).toList(),
                details.invoices().stream().map(i -> invoice(i, owed.get(i.invoiceNumber()))).toList(),
                details.creditNotes().stream().map(PaymentResponse::creditNote).toList(),
                details.failedIntents().stream().map(i -> new PspFailureResponse(i.kind().name(), i.subjectId(),
                        text(i.amount()), i.lastError(), i.finishedAt())).toList());
    }

    private static Summary summary(PaymentDetails details) {
        var p = details.payment();
        BigDecimal zero = BigDecimal.ZERO.setScale(p.total().scale());
        BigDecimal invoiced = details.invoices().stream().map(Invoice::gross).reduce(zero, BigDecimal::add);
        BigDecimal settledByTenders = p.tenders().stream().filter(t -> t.type() != TenderType.ON_ACCOUNT)
                .map(Tender::captured).reduce(zero, BigDecimal::add);
        BigDecimal received = details.receivables().stream().map(Receivable::paid).reduce(zero, BigDecimal::add);
        BigDecimal open = details.receivables().stream().map(r -> r.openAmount().amount()).reduce(zero, BigDecimal::add);
        return new Summary(text(p.authorized()), text(p.captured()), text(invoiced), text(settledByTenders.add(received)),
                text(p.refunded()), text(open));
    }

    private static ChargeResponse charge(PaymentLine l) {
        return new ChargeResponse(l.lineId().substring("charge:".length()), l.chargeType().name(), l.sku(),
                text(l.unitPrice()), text(l.taxRate()), l.taxCategory() == null ? null : l.taxCategory().name(),
                l.capturedQuantity() > 0, l.cancelledQuantity() > 0, l.returnedQuantity() > 0);
    }

    private static TenderResponse tender(Tender t, boolean fullReferences) {
        String reference = fullReferences ? t.reference() : masked(t.reference());
        String previous = fullReferences ? t.previousReference() : masked(t.previousReference());
        return new TenderResponse(t.tenderId(), t.type().name(), reference, text(t.authorized()), text(t.captured()),
                text(t.released()), text(t.refunded()), previous, t.reauthorizedAt());
    }

    // a gift card number or loyalty account spends like cash: who only looks sees its last four characters
    private static String masked(String reference) {
        return GiftCard.masked(reference);
    }

    private static LineResponse line(PaymentLine l) {
        return new LineResponse(l.lineId(), l.sku(), l.quantity(), text(l.unitPrice()), text(l.taxRate()),
                l.taxCategory() == null ? null : l.taxCategory().name(), l.capturedQuantity(), l.cancelledQuantity(), l.returnedQuantity());
    }

    private static CaptureResponse capture(Capture c) {
        return new CaptureResponse(c.captureId(), c.fulfillmentId(), text(c.amount()), c.capturedAt(), parts(c.parts()));
    }

    private static ReleaseResponse release(AuthorizationRelease r) {
        return new ReleaseResponse(r.releaseId(), r.cancellationId(), text(r.amount()), r.reason(), r.releasedAt(),
                r.lines().stream().map(l -> new LineQuantityResponse(l.lineId(), l.quantity())).toList(), parts(r.parts()));
    }

    private static RefundResponse refund(Refund r) {
        return new RefundResponse(r.refundId(), r.returnId(), text(r.amount()), r.refundedAt(), parts(r.parts()));
    }

    /** @param owed its receivable when paid on account, else null (the tenders settled it) */
    private static InvoiceResponse invoice(Invoice i, Receivable owed) {
        BigDecimal paid = owed == null ? i.gross() : i.gross().subtract(owed.amount()).add(owed.paid());
        String open = owed == null ? text(BigDecimal.ZERO.setScale(i.gross().scale())) : text(owed.openAmount().amount());
        return new InvoiceResponse(i.invoiceId(), i.invoiceNumber(), i.fulfillmentId(), i.country(), i.taxPoint(),
                text(i.net()), text(i.tax()), text(i.gross()), i.issuedAt(), i.taxes().stream().map(PaymentResponse::tax).toList(),
                i.dueDate(), text(paid), open, owed == null ? 0 : owed.dunningLevel());
    }

    private static CreditNoteResponse creditNote(CreditNote c) {
        return new CreditNoteResponse(c.creditNoteId(), c.creditNoteNumber(), c.returnId(), c.invoiceNumbers(), c.country(),
                text(c.net()), text(c.tax()), text(c.gross()), c.issuedAt(), c.taxes().stream().map(PaymentResponse::tax).toList());
    }

    private static TaxResponse tax(Invoicing.TaxAmount t) {
        return new TaxResponse(text(t.rate()), text(t.net()), text(t.tax()), text(t.gross()));
    }

    private static List<TenderPart> parts(List<TenderPayment> parts) {
        return parts.stream().map(p -> new TenderPart(p.tenderId(), p.type().name(), text(p.amount()), p.pspReference()))
                .toList();
    }

    private static String text(BigDecimal amount) {
        return amount.toPlainString();
    }
}

package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.AuthorizationReleases;
import com.omnidom.payment.payments.domain.Captures;
import com.omnidom.payment.payments.domain.Invoices;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.Refunds;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads payments for the REST API. */
@Service
public class PaymentQueries {

    private final Payments payments;
    private final Captures captures;
    private final Refunds refunds;
    private final Invoices invoices;
    private final AuthorizationReleases releases;

    public PaymentQueries(Payments payments, Captures captures, Refunds refunds, Invoices invoices,
                          AuthorizationReleases releases) {
        this.payments = payments;
        this.captures = captures;
        this.releases = releases;
        this.refunds = refunds;
        this.invoices = invoices;
    }

    @Transactional(readOnly = true)
    public PaymentDetails find(OrderId orderId) {
        Payment payment = payments.find(orderId)
                .orElseThrow(() -> new ResourceNotFound("no payment for order " + orderId));
        // touch the collections inside the transaction: the web layer reads them after it
        payment.tenders().size();
        payment.lines().size();
        return new PaymentDetails(payment, captures.findByOrderIdOrderByCapturedAtAsc(orderId.value()),
                releases.findByOrderIdOrderByReleasedAtAsc(orderId.value()), refunds.findByOrderIdOrderByRefundedAtAsc(orderId.value()),
                invoices.findByOrderIdOrderByInvoiceNumberAsc(orderId.value()));
    }
}

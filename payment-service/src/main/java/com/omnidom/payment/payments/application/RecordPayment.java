package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.LineSpec;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.payment.payments.domain.TenderSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** Records an accepted order's tenders and lines, so its shipments can be captured. */
@Service
public class RecordPayment {

    private static final Logger log = LoggerFactory.getLogger(RecordPayment.class);

    private final Payments payments;
    private final Clock clock;

    public RecordPayment(Payments payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    @Transactional
    public void record(OrderId orderId, String orderNumber, String currency, BigDecimal total, List<TenderSpec> tenders,
                       List<LineSpec> lines) {
        if (payments.existsById(orderId.value())) {
            log.info("payment of order {} recorded before; OrderAccepted again changes nothing", orderId);
            return;
        }
        payments.save(Payment.record(orderId, orderNumber, currency, total, tenders, lines, clock.instant()));
    }
}

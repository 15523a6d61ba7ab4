package com.omnidom.returns.sale.application;

import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.events.PrerequisiteMissing;
import com.omnidom.returns.sale.domain.Delivery;
import com.omnidom.returns.sale.domain.SoldLine;
import com.omnidom.returns.sale.domain.SoldLines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Folds what other services report about an order into its sold lines: the order's lines, then its deliveries. */
@Service
public class SaleProgress {

    private final SoldLines soldLines;

    public SaleProgress(SoldLines soldLines) {
        this.soldLines = soldLines;
    }

    @Transactional
    public void noteOrderAccepted(List<SoldLine> lines, String orderNumber, Instant acceptedAt) {
        soldLines.recordSale(lines, orderNumber, acceptedAt);
    }

    /**
     * Adds shipped or picked-up units. A delivery of an order not known yet waits for the order (another topic);
     * a line the known order does not have can never be applied.
     */
    @Transactional
    public void noteDelivered(Delivery delivery) {
        Set<String> known = soldLines.ofOrder(delivery.orderId()).stream().map(SoldLine::lineId).collect(Collectors.toSet());
        if (known.isEmpty()) {
            throw new PrerequisiteMissing("order " + delivery.orderId() + " not known yet: delivery waits for OrderAccepted");
        }
        for (Delivery.DeliveredLine line : delivery.lines()) {
            if (!known.contains(line.lineId())) {
                throw new PermanentEventFailure("order " + delivery.orderId() + " has no line " + line.lineId());
            }
        }
        soldLines.recordDelivery(delivery);
    }
}

package com.omnidom.returns.sale.application;

import com.omnidom.platform.web.StateConflict;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.returns.sale.domain.OrderId;
import com.omnidom.returns.sale.domain.SoldLine;
import com.omnidom.returns.sale.domain.SoldLines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** What of an order can still be returned, line by line. */
@Service
public class ReturnableLines {

    private final SoldLines soldLines;

    public ReturnableLines(SoldLines soldLines) {
        this.soldLines = soldLines;
    }

    /** @param channel non-null: the caller sees only orders this channel sold; another's is "not known" */
    @Transactional(readOnly = true)
    public List<SoldLine> of(OrderId orderId, String channel) {
        List<SoldLine> lines = soldLines.ofOrder(orderId);
        if (lines.isEmpty() || channel != null && !channel.equals(lines.getFirst().channel())) {
            throw new ResourceNotFound("Order " + orderId + " is not known here (yet).");
        }
        return lines;
    }

    /**
     * The order a customer names by its number (a store's counter: the number on the e-mail or receipt), with its
     * lines. Not known, or only another channel's for a channel caller: 404; two orders of different channels with
     * the same number: 409, ask for the order id.
     */
    @Transactional(readOnly = true)
    public List<SoldLine> ofNumber(String orderNumber, String channel) {
        List<List<SoldLine>> orders = soldLines.withNumber(orderNumber).stream().map(soldLines::ofOrder)
                .filter(lines -> !lines.isEmpty() && (channel == null || channel.equals(lines.getFirst().channel())))
                .toList();
        if (orders.isEmpty()) throw new ResourceNotFound("No order numbered " + orderNumber + " is known here (yet).");
        if (orders.size() > 1) {
            throw new StateConflict("Several orders are numbered " + orderNumber + ": ask for the order id.");
        }
        return orders.getFirst();
    }
}

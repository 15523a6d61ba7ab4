package com.omnidom.returns.sale.application;

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
}

package com.omnidom.returns.returnorder.application;

import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.returns.returnorder.domain.Inspection;
import com.omnidom.returns.returnorder.domain.Release;
import com.omnidom.returns.returnorder.domain.ReturnId;
import com.omnidom.returns.returnorder.domain.ReturnOrder;
import com.omnidom.returns.returnorder.domain.ReturnOrders;
import com.omnidom.returns.returnorder.domain.ReturnSnapshot;
import com.omnidom.returns.sale.domain.SoldLines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records what arrived at the receiving location: the return becomes RECEIVED with its refund amount and
 * {@code ReturnReceived} goes to the outbox (payment refunds, inventory restocks). Units that did not arrive
 * become returnable again.
 */
@Service
public class ReceiveReturn {

    private final ReturnOrders returnOrders;
    private final SoldLines soldLines;
    private final Outbox outbox;
    private final Clock clock;

    public ReceiveReturn(ReturnOrders returnOrders, SoldLines soldLines, Outbox outbox, Clock clock) {
        this.returnOrders = returnOrders;
        this.soldLines = soldLines;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ReturnSnapshot receive(ReturnId id, List<Inspection> inspections, ReturnScope scope) {
        Instant now = clock.instant();
        ReturnOrder returnOrder = returnOrders.find(id).orElseThrow(() -> new ResourceNotFound("No return " + id + "."));
        scope.check(returnOrder.snapshot(), soldLines);
        List<Release> releases = returnOrder.receive(inspections, now);
        // the version check (and row lock) first: a concurrent receive of the same return fails here with 409
        returnOrders.saveAndFlush(returnOrder);
        releases.forEach(r -> soldLines.releaseReturn(returnOrder.orderId(), r.lineId(), r.quantity()));
        ReturnSnapshot snapshot = returnOrder.snapshot();
        outbox.append(ReturnEvents.received(snapshot, now));
        return snapshot;
    }
}

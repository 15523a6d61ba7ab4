package com.omnidom.returns.returnorder.application;

import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.returns.returnorder.domain.Release;
import com.omnidom.returns.returnorder.domain.ReturnId;
import com.omnidom.returns.returnorder.domain.ReturnOrder;
import com.omnidom.returns.returnorder.domain.ReturnOrders;
import com.omnidom.returns.returnorder.domain.ReturnSnapshot;
import com.omnidom.returns.sale.domain.SoldLines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Withdraws a requested return whose goods will not come: its units become returnable again. No event: nobody acted on it yet. */
@Service
public class CancelReturn {

    private final ReturnOrders returnOrders;
    private final SoldLines soldLines;
    private final Clock clock;

    public CancelReturn(ReturnOrders returnOrders, SoldLines soldLines, Clock clock) {
        this.returnOrders = returnOrders;
        this.soldLines = soldLines;
        this.clock = clock;
    }

    @Transactional
    public ReturnSnapshot cancel(ReturnId id, ReturnScope scope) {
        ReturnOrder returnOrder = returnOrders.find(id).orElseThrow(() -> new ResourceNotFound("No return " + id + "."));
        scope.check(returnOrder.snapshot(), soldLines);
        List<Release> releases = returnOrder.cancel(clock.instant());
        returnOrders.saveAndFlush(returnOrder);
        releases.forEach(r -> soldLines.releaseReturn(returnOrder.orderId(), r.lineId(), r.quantity()));
        return returnOrder.snapshot();
    }
}

package com.omnidom.returns.returnorder.application;

import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.returns.returnorder.domain.ReturnId;
import com.omnidom.returns.returnorder.domain.ReturnOrder;
import com.omnidom.returns.returnorder.domain.ReturnOrders;
import com.omnidom.returns.returnorder.domain.ReturnSnapshot;
import com.omnidom.returns.sale.domain.OrderId;
import com.omnidom.returns.sale.domain.SoldLines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reads return orders. */
@Service
public class ReturnQueries {

    private final ReturnOrders returnOrders;
    private final SoldLines soldLines;

    public ReturnQueries(ReturnOrders returnOrders, SoldLines soldLines) {
        this.returnOrders = returnOrders;
        this.soldLines = soldLines;
    }

    @Transactional(readOnly = true)
    public ReturnSnapshot get(ReturnId id, ReturnScope scope) {
        ReturnSnapshot found = returnOrders.find(id).map(ReturnOrder::snapshot)
                .orElseThrow(() -> new ResourceNotFound("No return " + id + "."));
        return scope.check(found, soldLines);
    }

    /** The order's returns within the caller's scope, oldest first. */
    @Transactional(readOnly = true)
    public List<ReturnSnapshot> ofOrder(OrderId orderId, ReturnScope scope) {
        return returnOrders.findByOrderIdOrderByCreatedAtAsc(orderId.value()).stream().map(ReturnOrder::snapshot)
                .filter(r -> scope.covers(r, soldLines)).toList();
    }
}

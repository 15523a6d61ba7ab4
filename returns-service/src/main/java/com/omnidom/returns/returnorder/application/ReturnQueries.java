package com.omnidom.returns.returnorder.application;

import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.returns.returnorder.domain.ReturnId;
import com.omnidom.returns.returnorder.domain.ReturnOrder;
import com.omnidom.returns.returnorder.domain.ReturnOrders;
import com.omnidom.returns.returnorder.domain.ReturnSnapshot;
import com.omnidom.returns.sale.domain.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reads return orders. */
@Service
public class ReturnQueries {

    private final ReturnOrders returnOrders;

    public ReturnQueries(ReturnOrders returnOrders) {
        this.returnOrders = returnOrders;
    }

    @Transactional(readOnly = true)
    public ReturnSnapshot get(ReturnId id) {
        return returnOrders.find(id).map(ReturnOrder::snapshot).orElseThrow(() -> new ResourceNotFound("No return " + id + "."));
    }

    /** The order's returns, oldest first. */
    @Transactional(readOnly = true)
    public List<ReturnSnapshot> ofOrder(OrderId orderId) {
        return returnOrders.findByOrderIdOrderByCreatedAtAsc(orderId.value()).stream().map(ReturnOrder::snapshot).toList();
    }
}

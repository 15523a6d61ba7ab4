package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.ImpossibleProgress;
import com.omnidom.order.order.domain.Order;
import com.omnidom.order.order.domain.OrderId;
import com.omnidom.order.order.domain.Orders;
import com.omnidom.order.order.domain.ProgressAhead;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.events.PrerequisiteMissing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Folds a downstream fact into its order. The order's row is locked for the transaction, so facts about one order
 * arriving on several topics at once apply one after the other.
 */
@Service
public class OrderProgress {

    private final Orders orders;
    private final Timeline timeline;
    private final Clock clock;

    public OrderProgress(Orders orders, Timeline timeline, Clock clock) {
        this.orders = orders;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * @throws PermanentEventFailure for an unknown order (orders exist here before any event about them can, so the
     *                               event is foreign or corrupt) or a fact that contradicts the order
     * @throws PrerequisiteMissing   for a fact that needs another service's fact not noted yet
     */
    @Transactional
    public void fold(OrderId id, Consumer<Order> fact) {
        Order order = orders.findForUpdate(id.value()).orElseThrow(() -> new PermanentEventFailure(
                "no order " + id + ": orders are created here before any event about them, so the event is foreign or corrupt"));
        try {
            fact.accept(order);
        } catch (ImpossibleProgress e) {
            throw new PermanentEventFailure("order " + id + ": " + e.getMessage(), e);
        } catch (ProgressAhead e) {
            throw new PrerequisiteMissing("order " + id + ": " + e.getMessage());
        }
        order.touch(clock.instant());
        timeline.record(order);
    }
}

package com.omnidom.returns.returnorder.application;

import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.FieldProblem;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.returns.returnorder.domain.Inspection;
import com.omnidom.returns.returnorder.domain.RequestedLine;
import com.omnidom.returns.returnorder.domain.ReturnChannel;
import com.omnidom.returns.returnorder.domain.ReturnId;
import com.omnidom.returns.returnorder.domain.ReturnOrder;
import com.omnidom.returns.returnorder.domain.ReturnOrders;
import com.omnidom.returns.returnorder.domain.ReturnSnapshot;
import com.omnidom.returns.sale.domain.OrderId;
import com.omnidom.returns.sale.domain.SoldLine;
import com.omnidom.returns.sale.domain.SoldLines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opens a return against shipped or picked-up lines. Each line's units are taken by a conditional update of its
 * returned quantity, so concurrent returns can never exceed what went out; any refusal rolls back every line.
 * A STORE return with {@code receiveNow} is received in the same transaction and its {@code ReturnReceived} appended.
 */
@Service
public class RequestReturn {

    private final SoldLines soldLines;
    private final ReturnOrders returnOrders;
    private final Outbox outbox;
    private final Clock clock;

    public RequestReturn(SoldLines soldLines, ReturnOrders returnOrders, Outbox outbox, Clock clock) {
        this.soldLines = soldLines;
        this.returnOrders = returnOrders;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param scope a channel-limited caller returns only orders its channel sold: another's is "not found" */
    @Transactional
    public ReturnSnapshot request(NewReturn request, ReturnScope scope) {
        Instant now = clock.instant();
        OrderId orderId = new OrderId(request.orderId());
        Map<String, SoldLine> sold = soldLines.ofOrder(orderId).stream()
                .collect(Collectors.toMap(SoldLine::lineId, Function.identity()));
        if (sold.isEmpty()) {
            throw new InvalidRequest("orderId", "order " + orderId + " not known yet: it has not reached returns-service");
        }
        if (scope.channel() != null && !scope.channel().equals(sold.values().iterator().next().channel())) {
            throw new ResourceNotFound("No order " + orderId + " sold through " + scope.channel() + ".");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (request.receiveNow() && request.channel() != ReturnChannel.STORE) {
            problems.add(new FieldProblem("receiveNow", "only a STORE return can be received on the spot"));
        }
        for (int i = 0; i < request.lines().size(); i++) {
            String lineId = request.lines().get(i).lineId();
            if (!sold.containsKey(lineId)) {
                problems.add(new FieldProblem("lines[" + i + "].lineId", "order " + orderId + " has no line " + lineId));
            }
        }
        if (!problems.isEmpty()) throw new InvalidRequest(problems);

        List<RequestedLine> requested = request.lines().stream().map(l -> {
            SoldLine line = sold.get(l.lineId());
            return new RequestedLine(l.lineId(), line.sku(), l.quantity(), l.reason(), line.unitPrice());
        }).toList();
        String currency = sold.values().iterator().next().currency();
        ReturnOrder returnOrder = ReturnOrder.request(ReturnId.random(), orderId,
                request.channel(), request.locationId(), currency, requested, now);
        if (request.receiveNow()) {
            List<Inspection> inspections = request.lines().stream()
                    .map(l -> new Inspection(l.lineId(), l.quantity(), l.resellable())).toList();
            // every unit requested is inspected here, so nothing is released
            returnOrder.receive(inspections, now);
        }

        for (int i = 0; i < requested.size(); i++) {
            RequestedLine line = requested.get(i);
            if (!soldLines.reserveReturn(orderId, line.lineId(), line.quantity())) {
                String refusal = soldLines.find(orderId, line.lineId()).orElseThrow().refusal(line.quantity());
                problems.add(new FieldProblem("lines[" + i + "].quantity", refusal));
            }
        }
        // throwing rolls back the lines already taken: a return is opened whole or not at all
        if (!problems.isEmpty()) throw new InvalidRequest(problems);

        returnOrders.saveAndFlush(returnOrder);
        ReturnSnapshot snapshot = returnOrder.snapshot();
        if (request.receiveNow()) outbox.append(ReturnEvents.received(snapshot, now));
        return snapshot;
    }
}

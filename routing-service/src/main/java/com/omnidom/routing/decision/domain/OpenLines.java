package com.omnidom.routing.decision.domain;

import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An order's open lines against what its live fulfilments hold. What still needs a location is derived, never
 * stored: open quantity minus held quantity per line. So a re-routing, a cancel or a manual assignment only has to
 * change the facts (open quantities, fulfilments); nothing else can drift.
 */
public final class OpenLines {

    private OpenLines() {
    }

    /**
     * A live fulfilment's lines.
     *
     * @param cancellable not yet handed over: a cancellation may take lines out
     * @param givenUp     its location gave the lines up (an expired pickup): a cancellation takes them first
     */
    public record Held(UUID fulfillmentId, boolean cancellable, boolean givenUp, List<LineQuantity> lines) {

        public Held {
            lines = List.copyOf(lines);
        }

        public Held(UUID fulfillmentId, boolean cancellable, List<LineQuantity> lines) {
            this(fulfillmentId, cancellable, false, lines);
        }

        int quantityOf(String lineId) {
            return lines.stream().filter(l -> l.lineId().equals(lineId)).mapToInt(LineQuantity::quantity).sum();
        }
    }

    /** Live fulfilments of the order (those holding lines), as the rest of this class needs them. */
    public static List<Held> held(List<FulfillmentOrder> ofOrder) {
        return ofOrder.stream().filter(f -> f.status().holdsLines())
                .map(f -> new Held(f.id().value(), f.status().cancellable(), f.status().givenUp(), f.lines())).toList();
    }

    /** Open units no live fulfilment holds, per line, in the order's line order. */
    public static List<LineQuantity> uncovered(List<LineQuantity> open, List<Held> held) {
        List<LineQuantity> result = new ArrayList<>();
        for (LineQuantity line : open) {
            int left = line.quantity() - held.stream().mapToInt(h -> h.quantityOf(line.lineId())).sum();
            if (left > 0) result.add(new LineQuantity(line.lineId(), line.sku(), left));
        }
        return result;
    }

    /**
     * What a cancellation changes.
     *
     * @param open             the open lines afterwards
     * @param fromFulfillments units to take out of each fulfilment, per line id
     * @param fromUnrouted     units taken from lines no fulfilment held (deferred, waiting, unroutable)
     */
    public record Cancellation(List<LineQuantity> open, Map<UUID, Map<String, Integer>> fromFulfillments,
                               List<LineQuantity> fromUnrouted) {
    }

    /**
     * Cancels units of lines: never what was handed over (shipped, picked up); first from fulfilments whose location
     * gave them up (an expired pickup, whose cancellation this is), then from units no fulfilment holds, then from
     * fulfilments still at their location. Unknown lines and units beyond the open ones change nothing.
     */
    public static Cancellation cancel(List<LineQuantity> open, List<Held> held, List<LineQuantity> cancelled) {
        Map<String, LineQuantity> byId = new LinkedHashMap<>();
        open.forEach(l -> byId.put(l.lineId(), l));
        Map<UUID, Map<String, Integer>> fromFulfillments = new LinkedHashMap<>();
        Map<String, Integer> takenFromUnrouted = new LinkedHashMap<>();
        for (LineQuantity c : cancelled) {
            LineQuantity line = byId.get(c.lineId());
            if (line == null) continue;
            int heldTotal = 0;
            int handedOver = 0;
            for (Held h : held) {
                int q = h.quantityOf(line.lineId()) - takenAlready(fromFulfillments, h.fulfillmentId(), line.lineId());
                heldTotal += q;
                if (!h.cancellable()) handedOver += q;
            }
            int take = Math.min(c.quantity(), line.quantity() - handedOver);
            if (take <= 0) continue;
            int rest = takeFromFulfillments(held, true, line.lineId(), take, fromFulfillments);
            int fromUnrouted = Math.min(rest, Math.max(0, line.quantity() - heldTotal));
            if (fromUnrouted > 0) takenFromUnrouted.merge(line.lineId(), fromUnrouted, Integer::sum);
            takeFromFulfillments(held, false, line.lineId(), rest - fromUnrouted, fromFulfillments);
            int left = line.quantity() - take;
            if (left > 0) byId.put(line.lineId(), new LineQuantity(line.lineId(), line.sku(), left));
            else byId.remove(line.lineId());
        }
        List<LineQuantity> unrouted = new ArrayList<>();
        takenFromUnrouted.forEach((lineId, q) -> unrouted.add(new LineQuantity(lineId,
                open.stream().filter(l -> l.lineId().equals(lineId)).findFirst().orElseThrow().sku(), q)));
        return new Cancellation(List.copyOf(byId.values()), fromFulfillments, unrouted);
    }

    /**
     * Takes up to {@code units} of a line from the cancellable fulfilments that were given up (or not), in their order.
     *
     * @return the units still to take
     */
    private static int takeFromFulfillments(List<Held> held, boolean givenUp, String lineId, int units,
                                            Map<UUID, Map<String, Integer>> fromFulfillments) {
        int rest = units;
        for (Held h : held) {
            if (rest == 0) break;
            if (!h.cancellable() || h.givenUp() != givenUp) continue;
            int here = h.quantityOf(lineId) - takenAlready(fromFulfillments, h.fulfillmentId(), lineId);
            int r = Math.min(rest, here);
            if (r <= 0) continue;
            fromFulfillments.computeIfAbsent(h.fulfillmentId(), k -> new HashMap<>()).merge(lineId, r, Integer::sum);
            rest -= r;
        }
        return rest;
    }

    private static int takenAlready(Map<UUID, Map<String, Integer>> taken, UUID fulfillmentId, String lineId) {
        Map<String, Integer> lines = taken.get(fulfillmentId);
        return lines == null ? 0 : lines.getOrDefault(lineId, 0);
    }
}

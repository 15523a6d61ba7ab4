package com.omnidom.returns.returnorder.application;

import com.omnidom.returns.returnorder.domain.ReturnChannel;
import com.omnidom.returns.returnorder.domain.ReturnReason;

import java.util.List;
import java.util.UUID;

/**
 * A return as a channel asks for it.
 *
 * @param receiveNow the goods are at the store already: receive them with the lines' inspection in the same step
 */
public record NewReturn(UUID orderId, ReturnChannel channel, String locationId, boolean receiveNow, List<Line> lines) {

    public NewReturn {
        lines = List.copyOf(lines);
    }

    /** @param resellable inspection result, required with {@code receiveNow} */
    public record Line(String lineId, int quantity, ReturnReason reason, Boolean resellable) {
    }
}

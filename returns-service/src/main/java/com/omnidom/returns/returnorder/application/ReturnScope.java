package com.omnidom.returns.returnorder.application;

import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.returns.returnorder.domain.ReturnSnapshot;
import com.omnidom.returns.sale.domain.SoldLines;

/**
 * The returns a caller may see and act on: a store only those at its own location, a channel only those of orders
 * it sold; null limits nothing (customer service, ops, finance). Another's return is "not found", never its data.
 *
 * @param channel  the order channel the caller is limited to, or null
 * @param location the store location the caller is limited to, or null
 */
public record ReturnScope(String channel, String location) {

    public static final ReturnScope ALL = new ReturnScope(null, null);

    /** Whether the return is within the scope; looks up the order's channel only for a channel-limited caller. */
    boolean covers(ReturnSnapshot r, SoldLines soldLines) {
        if (location != null && !location.equals(r.locationId())) return false;
        return channel == null || soldLines.channelOf(r.orderId()).map(channel::equals).orElse(false);
    }

    ReturnSnapshot check(ReturnSnapshot r, SoldLines soldLines) {
        if (!covers(r, soldLines)) throw new ResourceNotFound("No return " + r.id() + ".");
        return r;
    }
}

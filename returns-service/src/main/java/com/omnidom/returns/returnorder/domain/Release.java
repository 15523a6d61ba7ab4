package com.omnidom.returns.returnorder.domain;

/** Units of a line a return no longer holds (cancelled, or not received): returnable again. */
public record Release(String lineId, int quantity) {
}

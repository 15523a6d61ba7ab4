package com.omnidom.returns.returnorder.domain;

/** What arrived of a return line at the receiving location and whether it can be sold again. */
public record Inspection(String lineId, int quantity, Boolean resellable) {
}

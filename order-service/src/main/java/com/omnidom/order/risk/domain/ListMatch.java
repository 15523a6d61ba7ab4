package com.omnidom.order.risk.domain;

/** A list entry that matched one of the order's values. */
public record ListMatch(ListType list, EntryKind kind, String value) {
}

package com.omnidom.order.risk.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry of the black or white list; {@code value} is normalised ({@link EntryKind#normalise}). A CUSTOMER_ID entry
 * names the {@code channel} whose customer it is (customer ids are the channels' own), other kinds none.
 */
public record ListEntry(UUID id, ListType list, EntryKind kind, String channel, String value, String reason, String createdBy,
                        Instant createdAt) {
}

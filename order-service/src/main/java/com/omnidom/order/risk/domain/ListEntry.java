package com.omnidom.order.risk.domain;

import java.time.Instant;
import java.util.UUID;

/** An entry of the black or white list; {@code value} is normalised ({@link EntryKind#normalise}). */
public record ListEntry(UUID id, ListType list, EntryKind kind, String value, String reason, String createdBy,
                        Instant createdAt) {
}

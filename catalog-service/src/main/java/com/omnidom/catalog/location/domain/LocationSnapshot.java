package com.omnidom.catalog.location.domain;

import java.time.Instant;

/** A delivery location as stored at one version. */
public record LocationSnapshot(LocationId id, long version, LocationContent content, Instant createdAt, Instant updatedAt) {
}

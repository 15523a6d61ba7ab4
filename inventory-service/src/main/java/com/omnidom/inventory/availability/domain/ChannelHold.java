package com.omnidom.inventory.availability.domain;

import java.time.Instant;

/** Units still held for {@code channel} by its active reservation (quantity − drawn), until {@code until} (null = open-ended). */
public record ChannelHold(String channel, int quantity, Instant until) {
}

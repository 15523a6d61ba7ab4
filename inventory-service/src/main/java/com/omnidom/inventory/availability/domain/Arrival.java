package com.omnidom.inventory.availability.domain;

import java.time.Instant;

/** Units in transit to the location (not yet received nor promised), expected at {@code expectedAt}. */
public record Arrival(int quantity, Instant expectedAt) {
}

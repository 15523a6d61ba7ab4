package com.omnidom.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every contract event carries. {@link #subject()} is the aggregate id: the Kafka key and the
 * CloudEvents {@code ce_subject}, so all events of one aggregate stay in order on one partition.
 */
public interface ContractEvent {

    UUID eventId();

    Instant occurredAt();

    String subject();
}

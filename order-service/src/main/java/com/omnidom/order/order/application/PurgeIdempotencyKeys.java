package com.omnidom.order.order.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Forgets Idempotency-Keys older than {@code omnidom.order.idempotency-retention}; every instance may run it (a plain DELETE). */
@Service
public class PurgeIdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(PurgeIdempotencyKeys.class);

    private final IdempotentRequests requests;
    private final OrderProperties properties;
    private final Clock clock;

    public PurgeIdempotencyKeys(IdempotentRequests requests, OrderProperties properties, Clock clock) {
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${omnidom.order.idempotency-purge:10m}", initialDelayString = "${omnidom.order.idempotency-purge:10m}")
    @Transactional
    public int purge() {
        int purged = requests.purge(clock.instant().minus(properties.idempotencyRetention()));
        if (purged > 0) log.info("purged {} Idempotency-Keys older than {}", purged, properties.idempotencyRetention());
        return purged;
    }
}

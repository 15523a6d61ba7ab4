package com.omnidom.order.order.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** Every order's timeline entries. */
public interface Timelines extends JpaRepository<TimelineEntry, Long> {

    /** Oldest first; entries of the same instant in the order they were written. */
    List<TimelineEntry> findByOrderIdOrderByOccurredAtAscIdAsc(UUID orderId);
}

package com.omnidom.platform.events;

/**
 * The event cannot be applied yet because one it depends on, from another topic, has not arrived (order
 * holds only within a topic and key: payment may see a shipment before the order). The consumer parks it, with the
 * later events of its key, and replays them once the prerequisite is there; never dead-lettered, never dropped.
 */
public class PrerequisiteMissing extends RuntimeException {

    public PrerequisiteMissing(String message) {
        super(message);
    }
}

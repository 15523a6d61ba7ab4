/** Reads the compacted catalog.locations.v1 and inventory.availability.v1 topics into the replicas. */
package com.omnidom.routing.replica.messaging;

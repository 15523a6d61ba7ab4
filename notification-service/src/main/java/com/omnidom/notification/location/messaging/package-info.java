/** Reads catalog.locations.v1 into the replica. */
package com.omnidom.notification.location.messaging;

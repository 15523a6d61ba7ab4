/** Routes accepted orders (order.events.v1) and re-routes failed allocations (inventory.events.v1). */
package com.omnidom.routing.decision.messaging;

/** Routing's replicas of the catalog's locations and inventory's availability, in its own database for every instance. */
package com.omnidom.routing.replica;

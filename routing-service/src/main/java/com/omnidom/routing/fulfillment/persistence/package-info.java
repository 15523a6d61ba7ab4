/** The sweep's queries of waiting pickups in JDBC. */
package com.omnidom.routing.fulfillment.persistence;

/** REST reading the routing decisions of an order, for explanation. */
package com.omnidom.routing.decision.web;

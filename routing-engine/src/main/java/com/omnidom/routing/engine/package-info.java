/** Finds the cheapest correct way to fulfil an order under a routing profile, and explains it. */
package com.omnidom.routing.engine;

/** Seeded synthetic worlds (locations, stock, orders on real geography) for the benchmark and the what-if replay. */
package com.omnidom.routing.lab.scenario;

/** Benchmarks (not tests): main classes run with exec:java, printing figures. */
package com.omnidom.inventory.benchmark;

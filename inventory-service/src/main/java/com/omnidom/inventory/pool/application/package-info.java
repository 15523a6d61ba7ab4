/** Fills pools and hands units out to allocations exactly once (SKIP LOCKED claims). */
package com.omnidom.inventory.pool.application;

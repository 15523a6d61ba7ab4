/** Allocation use cases, each applied once per event through the inbox; outcomes go to inventory.events.v1. */
package com.omnidom.inventory.allocation.application;

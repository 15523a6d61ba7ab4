/** Idempotent consumption: each event's effects are applied once per consumer. */
package com.omnidom.platform.inbox;

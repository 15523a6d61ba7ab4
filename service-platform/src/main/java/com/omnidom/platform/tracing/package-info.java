/** Trace context across the outbox: what the platform stores with an event so its consumers continue the trace. */
package com.omnidom.platform.tracing;

/** Order use cases: accept (idempotent, with OrderAccepted in the outbox), read, and fold downstream events into the order. */
package com.omnidom.order.order.application;

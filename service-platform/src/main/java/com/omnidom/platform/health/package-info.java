/**
 * Health for orchestrators: the {@code consumers} and {@code outbox} indicators, both in the readiness group only
 * (a broker outage must take instances out of rotation, not restart them all).
 */
package com.omnidom.platform.health;

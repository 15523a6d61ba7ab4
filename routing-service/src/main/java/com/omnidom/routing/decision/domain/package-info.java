/** The routing strategy as a pure function over candidate locations, and the values it works on. */
package com.omnidom.routing.decision.domain;

/** Routing and re-routing use cases: load, plan (domain), reserve capacity, store and publish in one transaction. */
package com.omnidom.routing.decision.application;

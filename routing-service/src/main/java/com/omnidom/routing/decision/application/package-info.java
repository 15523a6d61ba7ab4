/** Routing and re-routing use cases: candidates from the replicas, capacity reserved in the database, decisions recorded. */
package com.omnidom.routing.decision.application;

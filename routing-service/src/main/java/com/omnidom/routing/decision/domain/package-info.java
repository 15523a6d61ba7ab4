/**
 * What an order needs routed (open lines against live fulfilments), the pure planning step around the routing engine,
 * costs brought into one currency, the explanation of a decision, and the repositories the feature needs.
 */
package com.omnidom.routing.decision.domain;

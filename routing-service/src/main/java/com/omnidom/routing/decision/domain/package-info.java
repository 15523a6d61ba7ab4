/** What an order needs routed (open lines against live fulfilments), its delivery, and why a decision was taken. */
package com.omnidom.routing.decision.domain;

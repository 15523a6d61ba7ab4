/** What an order needs routed, the pure planning step around the engine, costs in one currency, explanations, repositories. */
package com.omnidom.routing.decision.domain;

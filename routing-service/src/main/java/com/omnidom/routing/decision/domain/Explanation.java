package com.omnidom.routing.decision.domain;

/** Why a decision went as it went, stored with it: the planner's or an operator's. */
public sealed interface Explanation permits RoutingExplanation, ManualExplanation {
}

package com.omnidom.routing.engine;

/** Decides one order under a profile. Pure: same problem and profile, same decision. */
public interface RoutingStrategy {

    String name();

    Decision decide(RoutingProblem problem, RoutingProfile profile);
}

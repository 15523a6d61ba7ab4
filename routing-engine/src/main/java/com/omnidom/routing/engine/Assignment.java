package com.omnidom.routing.engine;

import java.util.List;

/** A plan's part for one location: what it ships. Used to cost a given plan (baseline, manual assignment). */
public record Assignment(String locationId, List<LineQuantity> lines) {

    public Assignment {
        lines = List.copyOf(lines);
    }
}

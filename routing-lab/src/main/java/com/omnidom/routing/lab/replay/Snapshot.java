package com.omnidom.routing.lab.replay;

import com.omnidom.routing.engine.CandidateLocation;

import java.time.LocalDate;
import java.util.List;

/** Stock and capacity of every location at the start of a replayed day ({@code snapshot.json}). */
public record Snapshot(LocalDate day, List<CandidateLocation> locations) {

    public Snapshot {
        locations = List.copyOf(locations);
    }
}

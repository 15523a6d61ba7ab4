package com.omnidom.catalog.location.application;

import com.omnidom.catalog.location.domain.LocationSnapshot;

/** The outcome of saving a location: its state afterwards and what happened. */
public record SavedLocation(LocationSnapshot location, Change change) {

    public enum Change { CREATED, UPDATED, UNCHANGED }
}

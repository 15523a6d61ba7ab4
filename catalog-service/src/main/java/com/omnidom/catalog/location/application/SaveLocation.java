package com.omnidom.catalog.location.application;

import com.omnidom.catalog.location.domain.Location;
import com.omnidom.catalog.location.domain.LocationContent;
import com.omnidom.catalog.location.domain.LocationId;
import com.omnidom.catalog.location.domain.LocationSnapshot;
import com.omnidom.catalog.location.domain.Locations;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/** Creates and replaces delivery locations; a change and its {@code LocationChanged} event commit together. */
@Service
public class SaveLocation {

    private final Locations locations;
    private final Outbox outbox;
    private final Clock clock;

    public SaveLocation(Locations locations, Outbox outbox, Clock clock) {
        this.locations = locations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SavedLocation create(LocationDocument document) {
        LocationId id = new LocationId(document.id());
        if (locations.existsById(id.value())) {
            throw new StateConflict("Location " + id + " exists already; PUT /api/v1/locations/" + id + " replaces it.");
        }
        return insert(id, LocationDocuments.toContent(document));
    }

    /**
     * Creates the location or replaces its content. Content equal to the stored one changes nothing: no new
     * version, no event. Rejections happen before any write, so they do not spoil a caller's transaction.
     */
    @Transactional(noRollbackFor = RuleViolation.class)
    public SavedLocation createOrReplace(LocationDocument document) {
        LocationId id = new LocationId(document.id());
        LocationContent content = LocationDocuments.toContent(document);
        Optional<Location> stored = locations.find(id);
        if (stored.isEmpty()) return insert(id, content);
        Location location = stored.get();
        boolean changed = location.replaceWith(content, clock.instant());
        if (!changed) return new SavedLocation(location.snapshot(), SavedLocation.Change.UNCHANGED);
        return new SavedLocation(publish(location), SavedLocation.Change.UPDATED);
    }

    private SavedLocation insert(LocationId id, LocationContent content) {
        Location location = Location.create(id, content, clock.instant());
        locations.save(location);
        return new SavedLocation(publish(location), SavedLocation.Change.CREATED);
    }

    private LocationSnapshot publish(Location location) {
        // flush first: the version is assigned (and the row locked) by the write, and the event must carry it
        locations.flush();
        LocationSnapshot snapshot = location.snapshot();
        outbox.append(LocationEvents.changed(snapshot, clock.instant()));
        return snapshot;
    }
}

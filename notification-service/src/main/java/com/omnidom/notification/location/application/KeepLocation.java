package com.omnidom.notification.location.application;

import com.omnidom.notification.location.domain.StoreLocation;
import com.omnidom.notification.location.domain.StoreLocations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies a location snapshot to the replica unless a newer version is kept already. */
@Service
@Transactional
public class KeepLocation {

    private final StoreLocations locations;

    public KeepLocation(StoreLocations locations) {
        this.locations = locations;
    }

    public void apply(String id, long version, String name, String street, String postalCode, String city, String country,
                      String timeZone) {
        locations.findById(id).ifPresentOrElse(
                kept -> kept.update(version, name, street, postalCode, city, country, timeZone),
                () -> locations.save(new StoreLocation(id, version, name, street, postalCode, city, country, timeZone)));
    }
}

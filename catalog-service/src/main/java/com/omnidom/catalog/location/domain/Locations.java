package com.omnidom.catalog.location.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** All delivery locations, by id. */
public interface Locations extends JpaRepository<Location, String> {

    default Optional<Location> find(LocationId id) {
        return findById(id.value());
    }
}

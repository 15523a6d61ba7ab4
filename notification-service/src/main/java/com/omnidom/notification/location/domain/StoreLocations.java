package com.omnidom.notification.location.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** The location replica, by location id. */
public interface StoreLocations extends JpaRepository<StoreLocation, String> {
}

package com.omnidom.routing.replica.application;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.List;

/** Which locations belong to a drop-ship or franchise partner, as the catalog last said (its {@code partnerId}). */
@Service
public class PartnerLocations {

    private final JdbcTemplate jdbc;

    public PartnerLocations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The partner's location ids; empty for a partner the replica does not know. */
    public List<String> of(String partnerId) {
        return jdbc.queryForList("SELECT location_id FROM location_replica WHERE partner_id = ? ORDER BY location_id",
                String.class, partnerId);
    }
}

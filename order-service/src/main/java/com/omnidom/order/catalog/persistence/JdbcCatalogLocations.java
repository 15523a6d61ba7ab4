package com.omnidom.order.catalog.persistence;

import com.omnidom.order.catalog.domain.CatalogLocation;
import com.omnidom.order.catalog.domain.CatalogLocations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.Optional;

@Repository
class JdbcCatalogLocations implements CatalogLocations {

    private final RowMapper<CatalogLocation> rowMapper = (rs, n) -> new CatalogLocation(rs.getString("location_id"),
            rs.getLong("version"), rs.getString("name"), rs.getString("street"), rs.getString("postal_code"),
            rs.getString("city"), rs.getString("country"), (Double) rs.getObject("latitude"),
            (Double) rs.getObject("longitude"), Arrays.asList((String[]) rs.getArray("capabilities").getArray()),
            rs.getBoolean("active"));

    private final JdbcTemplate jdbc;

    JdbcCatalogLocations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean apply(CatalogLocation l) {
        // the newest version wins, whatever order the compacted topic is replayed in
        return jdbc.update("""
                INSERT INTO catalog_location (location_id, version, name, street, postal_code, city, country, latitude,
                                              longitude, capabilities, active, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (location_id) DO UPDATE SET version = EXCLUDED.version, name = EXCLUDED.name,
                    street = EXCLUDED.street, postal_code = EXCLUDED.postal_code, city = EXCLUDED.city,
                    country = EXCLUDED.country, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
                    capabilities = EXCLUDED.capabilities, active = EXCLUDED.active, updated_at = now()
                  WHERE catalog_location.version < EXCLUDED.version""",
                l.locationId(), l.version(), l.name(), l.street(), l.postalCode(), l.city(), l.country(), l.latitude(),
                l.longitude(), l.capabilities().toArray(String[]::new), l.active()) == 1;
    }

    @Override
    public Optional<CatalogLocation> find(String locationId) {
        return jdbc.query("SELECT * FROM catalog_location WHERE location_id = ?", rowMapper, locationId).stream().findFirst();
    }
}

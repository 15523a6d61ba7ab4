package com.omnidom.inventory.location.persistence;

import com.omnidom.inventory.location.domain.Location;
import com.omnidom.inventory.location.domain.Locations;
import com.omnidom.inventory.stock.domain.LocationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.util.List;
import java.util.Set;

@Repository
class JdbcLocations implements Locations {

    private final JdbcTemplate jdbc;

    JdbcLocations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Applied apply(Location l) {
        // the newest version wins, whatever order the compacted topic is replayed in
        List<Boolean> typeChanged = jdbc.query("""
                WITH old AS (SELECT type FROM location WHERE location_id = ?)
                INSERT INTO location (location_id, type, name, postal_code, city, country, latitude, longitude, time_zone,
                                      capabilities, active, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, now())
                ON CONFLICT (location_id) DO UPDATE SET type = EXCLUDED.type, name = EXCLUDED.name,
                    postal_code = EXCLUDED.postal_code, city = EXCLUDED.city, country = EXCLUDED.country,
                    latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, time_zone = EXCLUDED.time_zone,
                    capabilities = EXCLUDED.capabilities, active = EXCLUDED.active, version = EXCLUDED.version,
                    updated_at = now()
                  WHERE location.version < EXCLUDED.version
                RETURNING (SELECT type FROM old) IS DISTINCT FROM location.type""",
                (rs, i) -> rs.getBoolean(1),
                l.id().value(), l.id().value(), l.type(), l.name(), l.postalCode(), l.city(), l.country(), l.latitude(),
                l.longitude(), l.timeZone(), "{" + String.join(",", l.capabilities()) + "}", l.active(), l.version());
        if (typeChanged.isEmpty()) return Applied.STALE;
        return typeChanged.getFirst() ? Applied.TYPE_CHANGED : Applied.SAME_TYPE;
    }

    @Override
    public List<Location> all() {
        return jdbc.query("""
                SELECT location_id, type, name, postal_code, city, country, latitude, longitude, time_zone, capabilities,
                       active, version FROM location ORDER BY location_id""", (rs, i) -> {
            Array caps = rs.getArray(10);
            String[] capabilities = caps == null ? new String[0] : (String[]) caps.getArray();
            return new Location(new LocationId(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), (Double) rs.getObject(7), (Double) rs.getObject(8), rs.getString(9),
                    new java.util.HashSet<>(java.util.Arrays.asList(capabilities)), rs.getBoolean(11), rs.getLong(12));
        });
    }
}

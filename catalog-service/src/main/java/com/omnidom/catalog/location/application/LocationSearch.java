package com.omnidom.catalog.location.application;

import com.omnidom.catalog.location.domain.Location;
import com.omnidom.catalog.location.domain.LocationId;
import com.omnidom.catalog.location.domain.LocationSnapshot;
import com.omnidom.catalog.location.domain.Locations;
import com.omnidom.catalog.shared.application.Searches;
import com.omnidom.kernel.Page;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads locations. The list filters in SQL (on the indexed columns), then loads the page's aggregates. */
@Service
public class LocationSearch {

    private final Locations locations;
    private final NamedParameterJdbcTemplate jdbc;

    public LocationSearch(Locations locations, NamedParameterJdbcTemplate jdbc) {
        this.locations = locations;
        this.jdbc = jdbc;
    }

    /** The location; {@code partnerId} non-null: only if that partner owns it (another's is "not found"). */
    @Transactional(readOnly = true)
    public LocationSnapshot get(String id, String partnerId) {
        LocationId locationId = new LocationId(id);
        return locations.find(locationId).map(Location::snapshot)
                .filter(l -> partnerId == null || partnerId.equals(l.content().partnerId()))
                .orElseThrow(() -> new ResourceNotFound("No location with id " + id + "."));
    }

    @Transactional(readOnly = true)
    public Page<LocationSnapshot> find(LocationFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        var params = new MapSqlParameterSource();
        if (filter.type() != null) {
            where.add("type = :type");
            params.addValue("type", filter.type().name());
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            where.add("country = :country");
            params.addValue("country", filter.country().toUpperCase(Locale.ROOT));
        }
        if (filter.capability() != null) {
            where.add("capabilities @> jsonb_build_array(CAST(:capability AS text))");
            params.addValue("capability", filter.capability().name());
        }
        if (filter.partnerId() != null) {
            where.add("partner_id = :partnerId");
            params.addValue("partnerId", filter.partnerId());
        }
        if (filter.active() != null) {
            where.add("active = :active");
            params.addValue("active", filter.active());
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM location" + condition, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<String> ids = jdbc.queryForList("SELECT id FROM location" + condition
                + " ORDER BY id LIMIT :limit OFFSET :offset", params, String.class);
        List<LocationSnapshot> items = Searches.inOrder(ids, locations.findAllById(ids), l -> l.id().value())
                .stream().map(Location::snapshot).toList();
        return Page.of(items, page, size, total == null ? 0 : total);
    }
}

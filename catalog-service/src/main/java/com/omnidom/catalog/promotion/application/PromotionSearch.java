package com.omnidom.catalog.promotion.application;

import com.omnidom.catalog.promotion.domain.Promotion;
import com.omnidom.catalog.promotion.domain.PromotionId;
import com.omnidom.catalog.promotion.domain.PromotionSnapshot;
import com.omnidom.catalog.promotion.domain.Promotions;
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

/** Reads promotions. The list filters in SQL, then loads the page's aggregates. */
@Service
public class PromotionSearch {

    private final Promotions promotions;
    private final NamedParameterJdbcTemplate jdbc;

    public PromotionSearch(Promotions promotions, NamedParameterJdbcTemplate jdbc) {
        this.promotions = promotions;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public PromotionSnapshot get(String id) {
        return promotions.find(new PromotionId(id)).map(Promotion::snapshot)
                .orElseThrow(() -> new ResourceNotFound("No promotion with id " + id + "."));
    }

    /** Ordered by id; {@code active} and {@code code} (any case) filter when given. */
    @Transactional(readOnly = true)
    public Page<PromotionSnapshot> find(Boolean active, String code, int page, int size) {
        List<String> where = new ArrayList<>();
        var params = new MapSqlParameterSource();
        if (active != null) {
            where.add("active = :active");
            params.addValue("active", active);
        }
        if (code != null && !code.isBlank()) {
            where.add("code = :code");
            params.addValue("code", code.trim().toUpperCase(Locale.ROOT));
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM promotion" + condition, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<String> ids = jdbc.queryForList("SELECT id FROM promotion" + condition
                + " ORDER BY id LIMIT :limit OFFSET :offset", params, String.class);
        List<PromotionSnapshot> items = Searches.inOrder(ids, promotions.findAllById(ids), p -> p.id().value())
                .stream().map(Promotion::snapshot).toList();
        return Page.of(items, page, size, total == null ? 0 : total);
    }
}

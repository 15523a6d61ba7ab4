package com.omnidom.order.risk.persistence;

import com.omnidom.order.risk.domain.EntryKind;
import com.omnidom.order.risk.domain.ListEntry;
import com.omnidom.order.risk.domain.ListMatch;
import com.omnidom.order.risk.domain.ListType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Black and white list entries; a (list, kind, channel, value) exists once (unique index: a second add is a 409). */
@Repository
public class RiskListEntries {

    private static final RowMapper<ListEntry> ENTRY = (rs, n) -> new ListEntry(rs.getObject("id", UUID.class),
            ListType.valueOf(rs.getString("list")), EntryKind.valueOf(rs.getString("kind")), rs.getString("channel"),
            rs.getString("value"),
            rs.getString("reason"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    public RiskListEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(ListEntry e) {
        jdbc.update("""
                INSERT INTO risk_list_entry (id, list, kind, channel, value, reason, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", e.id(), e.list().name(), e.kind().name(), e.channel(), e.value(), e.reason(), e.createdBy(),
                Timestamp.from(e.createdAt()));
    }

    /** The entry naming exactly this value, if there is one. */
    public java.util.Optional<UUID> idOf(ListType list, EntryKind kind, String channel, String value) {
        return jdbc.queryForList("""
                SELECT id FROM risk_list_entry WHERE list = ? AND kind = ? AND channel IS NOT DISTINCT FROM ? AND value = ?""",
                UUID.class, list.name(), kind.name(), channel, value).stream().findFirst();
    }

    public boolean remove(UUID id) {
        return jdbc.update("DELETE FROM risk_list_entry WHERE id = ?", id) == 1;
    }

    public List<ListEntry> find(ListType list, EntryKind kind, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(list, kind, args);
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("SELECT * FROM risk_list_entry" + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?", ENTRY,
                args.toArray());
    }

    public long count(ListType list, EntryKind kind) {
        List<Object> args = new ArrayList<>();
        String where = where(list, kind, args);
        Long n = jdbc.queryForObject("SELECT count(*) FROM risk_list_entry" + where, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** The entries (of both lists) naming any of the values; channel-scoped ones (customer ids) only of {@code channel}. */
    public List<ListMatch> matching(List<ListMatch> values, String channel) {
        if (values.isEmpty()) return List.of();
        StringBuilder sql = new StringBuilder("SELECT list, kind, value FROM risk_list_entry WHERE (kind, value) IN (");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?)");
            args.add(values.get(i).kind().name());
            args.add(values.get(i).value());
        }
        sql.append(") AND (channel IS NULL OR channel = ?");
        args.add(channel);
        return jdbc.query(sql.append(")").toString(), (rs, n) -> new ListMatch(ListType.valueOf(rs.getString("list")),
                EntryKind.valueOf(rs.getString("kind")), rs.getString("value")), args.toArray());
    }

    private static String where(ListType list, EntryKind kind, List<Object> args) {
        List<String> where = new ArrayList<>();
        if (list != null) {
            where.add("list = ?");
            args.add(list.name());
        }
        if (kind != null) {
            where.add("kind = ?");
            args.add(kind.name());
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }
}

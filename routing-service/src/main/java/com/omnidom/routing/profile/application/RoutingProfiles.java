package com.omnidom.routing.profile.application;

import com.omnidom.routing.profile.domain.ProfileContent;
import com.omnidom.routing.profile.domain.ProfileStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored profiles; the content is a JSONB column written whole (profiles are immutable, so never patched). */
@Repository
public class RoutingProfiles {

    private static final String COLUMNS = "id, name, version, channel, country, status, content, description, created_at, "
            + "activated_at, retired_at";

    private final JdbcTemplate jdbc;
    // its own mapper (as the platform's JSON columns): unknown fields of rows written by a newer version are ignored
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final RowMapper<Profile> mapper = (rs, n) -> new Profile(rs.getObject("id", UUID.class), rs.getString("name"),
            rs.getInt("version"), rs.getString("channel"), rs.getString("country"), ProfileStatus.valueOf(rs.getString("status")),
            json.readValue(rs.getString("content"), ProfileContent.class), rs.getString("description"),
            rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("activated_at")),
            instant(rs.getTimestamp("retired_at")));

    public RoutingProfiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored profile. */
    public record Profile(UUID id, String name, int version, String channel, String country, ProfileStatus status,
                          ProfileContent content, String description, Instant createdAt, Instant activatedAt,
                          Instant retiredAt) {
    }

    /** Stores a draft as the next version of its name (the unique (name, version) decides concurrent creations). */
    public Profile insertDraft(String name, String channel, String country, ProfileContent content, String description,
                               Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO routing_profile (id, name, version, channel, country, status, content, description, created_at)
                VALUES (?, ?, (SELECT coalesce(max(version), 0) + 1 FROM routing_profile WHERE name = ?), ?, ?, 'DRAFT',
                        CAST(? AS jsonb), ?, ?)""",
                id, name, name, channel, country, json.writeValueAsString(content), description, Timestamp.from(now));
        return find(id).orElseThrow();
    }

    public Optional<Profile> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM routing_profile WHERE id = ?", mapper, id).stream().findFirst();
    }

    /** Locked for a lifecycle step. */
    public Optional<Profile> lock(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM routing_profile WHERE id = ? FOR UPDATE", mapper, id).stream().findFirst();
    }

    /** Newest first; every filter optional. */
    public List<Profile> list(ProfileStatus status, String name, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM routing_profile WHERE true");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.name());
        }
        if (name != null) {
            sql.append(" AND name = ?");
            args.add(name);
        }
        sql.append(" ORDER BY created_at DESC, name, version DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), mapper, args.toArray());
    }

    /** The active profile of exactly this scope, locked. */
    public Optional<Profile> activeOfScope(String channel, String country) {
        return jdbc.query("SELECT " + COLUMNS + " FROM routing_profile WHERE status = 'ACTIVE' "
                        + "AND channel IS NOT DISTINCT FROM ? AND country IS NOT DISTINCT FROM ? FOR UPDATE", mapper, channel, country)
                .stream().findFirst();
    }

    /**
     * The most specific active profile for an order: channel and country, then channel only, then country only,
     * then the default (neither).
     */
    public Optional<Profile> activeFor(String channel, String country) {
        return jdbc.query("SELECT " + COLUMNS + " FROM routing_profile WHERE status = 'ACTIVE' "
                        + "AND (channel IS NULL OR channel = ?) AND (country IS NULL OR country = ?) "
                        + "ORDER BY (channel IS NOT NULL) DESC, (country IS NOT NULL) DESC LIMIT 1", mapper, channel, country)
                .stream().findFirst();
    }

    /** SHADOW profiles whose scope covers an order of this channel and country. */
    public List<Profile> shadowsFor(String channel, String country) {
        return jdbc.query("SELECT " + COLUMNS + " FROM routing_profile WHERE status = 'SHADOW' "
                + "AND (channel IS NULL OR channel = ?) AND (country IS NULL OR country = ?) ORDER BY id", mapper, channel, country);
    }

    /** Serialises one scope's lifecycle steps (any instance) until the transaction ends. */
    public void lockScope(String channel, String country) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext(?))", "routing-profile-scope:" + channel + "/" + country);
    }

    public void move(UUID id, ProfileStatus status, Instant now) {
        String stamp = status == ProfileStatus.ACTIVE ? "activated_at" : status == ProfileStatus.RETIRED ? "retired_at" : null;
        jdbc.update("UPDATE routing_profile SET status = ?" + (stamp == null ? "" : ", " + stamp + " = ?") + " WHERE id = ?",
                stamp == null ? new Object[]{status.name(), id} : new Object[]{status.name(), Timestamp.from(now), id});
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

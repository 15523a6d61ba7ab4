package com.omnidom.inventory.reservation.domain;

import com.omnidom.inventory.stock.domain.StockKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reservations. Draws and give-backs are single conditional statements on the reservation row. */
public interface Reservations {

    /** Inserts an active reservation; false when the channel holds an active one on that row already. */
    boolean create(Reservation reservation);

    Optional<Reservation> find(UUID id);

    /** The reservation, its row locked until the end of the transaction. */
    Optional<Reservation> lock(UUID id);

    /** At most 1000, each filter optional (null = any). */
    List<Reservation> find(String sku, String locationId, String channel);

    void change(UUID id, int quantity, Instant until);

    void end(UUID id, ReservationState state);

    /** Draws up to {@code max} units from the channel's active, unexpired reservation; returns how many. */
    int draw(StockKey key, String channel, int max, Instant now);

    /** Gives up to {@code quantity} drawn units back to the channel's active, unexpired reservation; returns how many. */
    int giveBack(StockKey key, String channel, int quantity, Instant now);

    /** Active reservations whose {@code until} has passed. */
    List<UUID> expired(Instant now, int max);
}

package com.omnidom.inventory.inbound.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Goods in transit. Receipts are conditional updates: never more received than announced. */
public interface Inbounds {

    void create(Inbound inbound);

    Optional<Inbound> find(UUID id);

    Optional<Inbound> lock(UUID id);

    List<Inbound> find(String sku, String locationId);

    void change(UUID id, int quantity, Instant expectedAt);

    void cancel(UUID id);

    /**
     * Promises {@code quantity} not yet promised units of the earliest open inbound of the key arriving by
     * {@code by} that has that many; returns its id, or empty (nothing changed).
     */
    Optional<UUID> promise(com.omnidom.inventory.stock.domain.StockKey key, int quantity, Instant by);

    /** Takes back up to {@code quantity} promised units not received yet; returns how many. */
    int takeBackPromise(UUID id, int quantity);

    /** On receipt of {@code quantity}: up to that many promised units are now arriving; returns how many (no longer promised in transit). */
    int settlePromised(UUID id, int quantity);

    /** Records receipt {@code receiptId}; false when it was recorded before (a repeated request). */
    boolean recordReceipt(UUID id, String receiptId, int quantity);

    /** Adds {@code quantity} to received if that many are outstanding (RECEIVED when all are); false otherwise. */
    boolean receive(UUID id, int quantity);
}

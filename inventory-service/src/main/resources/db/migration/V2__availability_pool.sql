-- The availability data pool: new terms of a stock row, reservations per channel, safety stock rules, goods in
-- transit, configurable rejection reasons, a replica of the catalog's locations, a movement journal for as-of
-- reconciliation of snapshots, imports, pools of issuable units (codes, keys, slots), and the coalescing of
-- AvailabilityChanged per sku@location.

-- blocked: on hand but not sellable (e.g. damaged, found on a rejection); reserved: held for channels by active
-- reservations, not yet drawn; safety_stock: the effective rule, kept on the row so allocation stays one conditional
-- UPDATE; counted_at: as-of of the last count (snapshot or PUT) applied to the row; unlimited: non-physical, no limit;
-- pooled: on hand are issuable units (codes, keys, slots) handed out one by one.
ALTER TABLE stock
    ADD COLUMN blocked      INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN reserved     INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN safety_stock INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN counted_at   TIMESTAMPTZ,
    ADD COLUMN unlimited    BOOLEAN     NOT NULL DEFAULT false,
    ADD COLUMN pooled       BOOLEAN     NOT NULL DEFAULT false,
    ADD CONSTRAINT stock_terms_not_negative CHECK (blocked >= 0 AND reserved >= 0 AND safety_stock >= 0),
    ADD CONSTRAINT stock_blocked_within_on_hand CHECK (allocated + blocked <= on_hand);

-- existing rows start without safety stock; from now on a new row derives it (-1 = "derive", see the trigger below)
ALTER TABLE stock ALTER COLUMN safety_stock SET DEFAULT -1;

-- Room on each page for the row's next version: changes of stock (allocations, counts) then stay HOT updates that
-- touch no index, which keeps bulk imports and the allocation hot path cheap.
ALTER TABLE stock SET (fillfactor = 70);

-- Locations as the catalog publishes them (catalog.locations.v1), for safety stock by type and the shop-facing API.
CREATE TABLE location (
    location_id  VARCHAR(64)  PRIMARY KEY,
    type         VARCHAR(32)  NOT NULL,
    name         VARCHAR(200),
    postal_code  VARCHAR(32),
    city         VARCHAR(200),
    country      VARCHAR(8),
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION,
    time_zone    VARCHAR(64),
    capabilities TEXT[]       NOT NULL DEFAULT '{}',
    active       BOOLEAN      NOT NULL,
    version      BIGINT       NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX location_postal_code ON location (country, postal_code);

-- Safety stock rules; the most specific wins: ARTICLE_AT_LOCATION > ARTICLE > LOCATION > LOCATION_TYPE.
-- scope_key: 'sku@location', 'sku', 'location', 'STORE'.
CREATE TABLE safety_stock_rule (
    scope      VARCHAR(24) NOT NULL CHECK (scope IN ('ARTICLE_AT_LOCATION', 'ARTICLE', 'LOCATION', 'LOCATION_TYPE')),
    scope_key  VARCHAR(140) NOT NULL,
    quantity   INTEGER     NOT NULL CHECK (quantity >= 0),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, scope_key)
);

CREATE FUNCTION effective_safety_stock(p_sku TEXT, p_location TEXT) RETURNS INTEGER LANGUAGE sql STABLE AS $$
    SELECT COALESCE(
        (SELECT quantity FROM safety_stock_rule WHERE scope = 'ARTICLE_AT_LOCATION' AND scope_key = p_sku || '@' || p_location),
        (SELECT quantity FROM safety_stock_rule WHERE scope = 'ARTICLE' AND scope_key = p_sku),
        (SELECT quantity FROM safety_stock_rule WHERE scope = 'LOCATION' AND scope_key = p_location),
        (SELECT r.quantity FROM safety_stock_rule r JOIN location l ON r.scope = 'LOCATION_TYPE' AND r.scope_key = l.type
          WHERE l.location_id = p_location),
        0)
$$;

-- A new stock row starts with its effective safety stock, whoever creates it (PUT, return, receipt); bulk imports
-- compute it set-based and skip the per-row function (WHEN is evaluated without calling it).
CREATE FUNCTION stock_safety_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.safety_stock := effective_safety_stock(NEW.sku, NEW.location_id);
    RETURN NEW;
END $$;
CREATE TRIGGER stock_safety BEFORE INSERT ON stock FOR EACH ROW WHEN (NEW.safety_stock < 0)
    EXECUTE FUNCTION stock_safety_on_insert();

-- Reservations for channels or partners: quantity held, drawn by that channel's allocations. At most one active
-- reservation per channel and stock row; stock.reserved = sum(quantity - drawn) of the active ones.
CREATE TABLE reservation (
    id          UUID         PRIMARY KEY,
    sku         VARCHAR(64)  NOT NULL,
    location_id VARCHAR(64)  NOT NULL,
    channel     VARCHAR(64)  NOT NULL,
    quantity    INTEGER      NOT NULL,
    drawn       INTEGER      NOT NULL DEFAULT 0,
    until       TIMESTAMPTZ,
    state       VARCHAR(10)  NOT NULL CHECK (state IN ('ACTIVE', 'RELEASED', 'EXPIRED')),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT reservation_drawn_within_quantity CHECK (quantity >= 0 AND drawn >= 0 AND drawn <= quantity),
    FOREIGN KEY (sku, location_id) REFERENCES stock (sku, location_id)
);
CREATE UNIQUE INDEX reservation_active_per_channel ON reservation (sku, location_id, channel) WHERE state = 'ACTIVE';
CREATE INDEX reservation_expiry ON reservation (until) WHERE state = 'ACTIVE';

-- Goods in transit to a location (purchase order from a supplier, transfer from another location), each with its
-- ETA; received units become on hand; allocated = units promised to orders before they arrive (promisedBy).
CREATE TABLE inbound (
    id                 UUID         PRIMARY KEY,
    sku                VARCHAR(64)  NOT NULL,
    location_id        VARCHAR(64)  NOT NULL,
    source_type        VARCHAR(20)  NOT NULL CHECK (source_type IN ('PURCHASE_ORDER', 'TRANSFER')),
    source             VARCHAR(64)  NOT NULL,
    quantity           INTEGER      NOT NULL,
    received           INTEGER      NOT NULL DEFAULT 0,
    allocated          INTEGER      NOT NULL DEFAULT 0,
    expected_at        TIMESTAMPTZ  NOT NULL,
    state              VARCHAR(10)  NOT NULL CHECK (state IN ('OPEN', 'RECEIVED', 'CANCELLED')),
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT inbound_quantities CHECK (quantity > 0 AND received >= 0 AND allocated >= 0 AND received + allocated <= quantity)
);
CREATE INDEX inbound_open ON inbound (sku, location_id, expected_at) WHERE state = 'OPEN';

-- One row per receipt: a receipt id repeated is the same receipt (idempotent by key).
CREATE TABLE inbound_receipt (
    inbound_id  UUID        NOT NULL REFERENCES inbound (id),
    receipt_id  VARCHAR(64) NOT NULL,
    quantity    INTEGER     NOT NULL CHECK (quantity > 0),
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (inbound_id, receipt_id)
);

-- What a rejection reason does to the rejected units. RELEASE: back to available; BLOCK: stay on hand, not sellable;
-- WRITE_OFF: gone, and on hand drops to what is still allocated or blocked (available 0).
CREATE TABLE rejection_reason (
    reason     VARCHAR(64) PRIMARY KEY,
    effect     VARCHAR(10) NOT NULL CHECK (effect IN ('RELEASE', 'BLOCK', 'WRITE_OFF')),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO rejection_reason (reason, effect) VALUES ('NOT_FOUND', 'WRITE_OFF'), ('DAMAGED', 'BLOCK'),
    ('NO_CAPACITY', 'RELEASE');

-- Every change of on hand that is not a count, with its time: a snapshot counted at the source as of T becomes
-- on hand = counted + the movements after T.
CREATE TABLE stock_movement (
    id          BIGSERIAL   PRIMARY KEY,
    sku         VARCHAR(64) NOT NULL,
    location_id VARCHAR(64) NOT NULL,
    delta       INTEGER     NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX stock_movement_key ON stock_movement (location_id, sku, occurred_at);

-- Counts set counted_at; everything else that changes on hand is a movement.
CREATE FUNCTION stock_journal_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stock_movement (sku, location_id, delta)
    SELECT n.sku, n.location_id, n.on_hand - o.on_hand
      FROM new_rows n JOIN old_rows o USING (sku, location_id)
     WHERE n.on_hand <> o.on_hand AND n.counted_at IS NOT DISTINCT FROM o.counted_at;
    RETURN NULL;
END $$;
CREATE TRIGGER stock_journal_u AFTER UPDATE ON stock REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stock_journal_update();

CREATE FUNCTION stock_journal_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stock_movement (sku, location_id, delta)
    SELECT n.sku, n.location_id, n.on_hand FROM new_rows n WHERE n.on_hand <> 0 AND n.counted_at IS NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER stock_journal_i AFTER INSERT ON stock REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stock_journal_insert();

-- Coalescing of AvailabilityChanged: a change marks its sku@location pending (one row, however many changes);
-- the publisher drains the marks every interval and appends one event per key with the state at that moment.
CREATE TABLE availability_pending (
    sku         VARCHAR(64) NOT NULL,
    location_id VARCHAR(64) NOT NULL,
    marked_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (sku, location_id)
);

-- DO UPDATE (not DO NOTHING) locks the mark until the writing transaction commits, so the publisher, which skips
-- locked marks, can never take it before this change is visible to it. One statement changes a stock row at most
-- once, and has locked the rows in key order already, so the marks need neither DISTINCT nor ORDER BY.
CREATE FUNCTION stock_mark_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO availability_pending (sku, location_id)
    SELECT sku, location_id FROM new_rows
    ON CONFLICT (sku, location_id) DO UPDATE SET marked_at = availability_pending.marked_at;
    RETURN NULL;
END $$;
CREATE TRIGGER stock_pending_u AFTER UPDATE ON stock REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stock_mark_pending();
CREATE TRIGGER stock_pending_i AFTER INSERT ON stock REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stock_mark_pending();

-- Goods in transit: several inbound rows of one key may change in one statement.
CREATE FUNCTION inbound_mark_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO availability_pending (sku, location_id)
    SELECT DISTINCT sku, location_id FROM new_rows ORDER BY 1, 2
    ON CONFLICT (sku, location_id) DO UPDATE SET marked_at = availability_pending.marked_at;
    RETURN NULL;
END $$;
CREATE TRIGGER inbound_pending_u AFTER UPDATE ON inbound REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION inbound_mark_pending();
CREATE TRIGGER inbound_pending_i AFTER INSERT ON inbound REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION inbound_mark_pending();

-- Imports: one row per file, keyed by its content hash, so the same file again is recognised and not applied twice.
CREATE TABLE stock_import (
    id          UUID        PRIMARY KEY,
    file_hash   CHAR(64)    NOT NULL UNIQUE,
    mode        VARCHAR(10) NOT NULL CHECK (mode IN ('COUNT', 'SNAPSHOT', 'DELTA')),
    location_id VARCHAR(64),
    as_of       TIMESTAMPTZ,
    state       VARCHAR(10) NOT NULL CHECK (state IN ('RUNNING', 'DONE')),
    rows_read   BIGINT      NOT NULL DEFAULT 0,
    accepted    BIGINT      NOT NULL DEFAULT 0,
    rejected    BIGINT      NOT NULL DEFAULT 0,
    errors      JSONB       NOT NULL DEFAULT '[]',
    started_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ
);

-- Progress of running imports, written in its own short transactions (the import's own rows commit at the end).
CREATE TABLE stock_import_progress (
    id         UUID        PRIMARY KEY,
    rows_read  BIGINT      NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Issuable units of non-physical articles: gift card codes, licence keys, service slots (valid_from = slot start).
-- Handed out exactly once: an allocation claims free units with FOR UPDATE SKIP LOCKED and sets fulfillment_id.
CREATE TABLE issuable_unit (
    id             BIGSERIAL    PRIMARY KEY,
    sku            VARCHAR(64)  NOT NULL,
    location_id    VARCHAR(64)  NOT NULL,
    code           VARCHAR(200) NOT NULL,
    valid_from     TIMESTAMPTZ,
    fulfillment_id UUID,
    line_id        VARCHAR(64),
    issued_at      TIMESTAMPTZ,
    UNIQUE (sku, location_id, code),
    FOREIGN KEY (sku, location_id) REFERENCES stock (sku, location_id)
);
CREATE INDEX issuable_unit_free ON issuable_unit (sku, location_id, valid_from, id) WHERE fulfillment_id IS NULL;
CREATE INDEX issuable_unit_fulfillment ON issuable_unit (fulfillment_id) WHERE fulfillment_id IS NOT NULL;

-- Allocations remember the channel whose reservation they drew on, and per line how much came from it, from
-- goods in transit and which codes were issued (in lines JSONB).
ALTER TABLE allocation ADD COLUMN channel VARCHAR(64);
ALTER TABLE allocation DROP CONSTRAINT allocation_state_check;
ALTER TABLE allocation ADD CONSTRAINT allocation_state_check
    CHECK (state IN ('ALLOCATED', 'FAILED', 'RELEASED', 'SHIPPED', 'CANCELLED'));

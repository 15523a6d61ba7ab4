-- Articles: value lists as JSONB (always read whole), prices in their own table (queried by channel/currency/date).
CREATE TABLE article (
    sku         VARCHAR(64)  PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    texts       JSONB        NOT NULL,
    image_urls  JSONB        NOT NULL,
    regions     JSONB        NOT NULL,
    valid_from  TIMESTAMPTZ,
    valid_until TIMESTAMPTZ,
    components  JSONB        NOT NULL,
    accessories JSONB        NOT NULL,
    search_text TEXT         NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT article_validity CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_until > valid_from)
);

-- List filters: kind, active, region (jsonb containment); the list is ordered by the primary key.
CREATE INDEX article_kind ON article (kind);
CREATE INDEX article_active ON article (active);
CREATE INDEX article_regions ON article USING gin (regions jsonb_path_ops);

CREATE TABLE article_price (
    sku         VARCHAR(64) NOT NULL REFERENCES article (sku) ON DELETE CASCADE,
    price_index INTEGER     NOT NULL,
    channel     VARCHAR(32) NOT NULL,
    currency    VARCHAR(3)  NOT NULL,
    -- unconstrained NUMERIC keeps the scale written (19.90 stays 19.90), so a re-import compares equal
    amount      NUMERIC     NOT NULL CHECK (amount >= 0),
    valid_from  TIMESTAMPTZ,
    valid_until TIMESTAMPTZ,
    PRIMARY KEY (sku, price_index),
    CONSTRAINT article_price_validity CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_until > valid_from)
);

CREATE INDEX article_price_channel ON article_price (channel, currency, valid_from);

-- Delivery locations: address, coordinates and capacities as columns (filtered, read by routing), the rest as JSONB.
CREATE TABLE location (
    id                 VARCHAR(64)      PRIMARY KEY,
    type               VARCHAR(30)      NOT NULL,
    name               VARCHAR(200)     NOT NULL,
    street             VARCHAR(200),
    postal_code        VARCHAR(20),
    city               VARCHAR(100)     NOT NULL,
    country            VARCHAR(2)       NOT NULL,
    latitude           DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude          DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    time_zone          VARCHAR(64)      NOT NULL,
    opening_hours      JSONB            NOT NULL,
    opening_exceptions JSONB            NOT NULL,
    orders_per_day     INTEGER CHECK (orders_per_day >= 0),
    units_per_day      INTEGER CHECK (units_per_day >= 0),
    cost_profile       JSONB,
    capabilities       JSONB            NOT NULL,
    partner_id         VARCHAR(64),
    active             BOOLEAN          NOT NULL,
    version            BIGINT           NOT NULL,
    created_at         TIMESTAMPTZ      NOT NULL,
    updated_at         TIMESTAMPTZ      NOT NULL,
    CONSTRAINT location_partner CHECK (type NOT IN ('DROP_SHIPPER', 'FRANCHISE_PARTNER') OR partner_id IS NOT NULL)
);

CREATE INDEX location_type ON location (type);
CREATE INDEX location_country ON location (country);
CREATE INDEX location_active ON location (active);
CREATE INDEX location_capabilities ON location USING gin (capabilities jsonb_path_ops);
CREATE INDEX location_partner ON location (partner_id) WHERE partner_id IS NOT NULL;

-- Bulk imports: progress is committed with each chunk of rows, so any instance can report it.
CREATE TABLE import_job (
    id             UUID        PRIMARY KEY,
    kind           VARCHAR(20) NOT NULL,
    format         VARCHAR(10) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    total_rows     BIGINT      NOT NULL,
    processed_rows BIGINT      NOT NULL,
    accepted_rows  BIGINT      NOT NULL,
    rejected_rows  BIGINT      NOT NULL,
    errors         JSONB       NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ,
    heartbeat_at   TIMESTAMPTZ NOT NULL
);

CREATE INDEX import_job_running ON import_job (heartbeat_at) WHERE status = 'RUNNING';

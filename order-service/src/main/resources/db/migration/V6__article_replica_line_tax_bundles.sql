-- Replica of the catalog's articles (catalog.articles.v1, compacted): the highest version per SKU, what the intake
-- checks need. Value lists as JSONB, always read whole.
CREATE TABLE catalog_article (
    sku          VARCHAR(64)  PRIMARY KEY,
    version      BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    active       BOOLEAN      NOT NULL,
    valid_from   TIMESTAMPTZ,
    valid_until  TIMESTAMPTZ,
    regions      JSONB        NOT NULL,
    components   JSONB        NOT NULL,
    prices       JSONB        NOT NULL,
    tax_category VARCHAR(20)  NOT NULL,
    names        JSONB        NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);

-- Each line's tax category from its article (null on lines taken before the catalog was checked); a component line
-- of an ordered bundle remembers the bundle: its position in the request (1-based) and its SKU.
ALTER TABLE order_line ADD COLUMN tax_category VARCHAR(20);
ALTER TABLE order_line ADD COLUMN bundle_line INTEGER;
ALTER TABLE order_line ADD COLUMN bundle_sku VARCHAR(64);

CREATE TABLE applied_article (
    sku     VARCHAR(64) PRIMARY KEY,
    version BIGINT NOT NULL,
    times   INT    NOT NULL
);

CREATE TABLE prerequisite (
    sku VARCHAR(64) PRIMARY KEY
);

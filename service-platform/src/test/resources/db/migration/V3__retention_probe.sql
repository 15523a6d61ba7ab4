-- A service-owned table for RetentionIT: its own retention rule, with an extra condition.
CREATE TABLE retention_probe (
    id    BIGSERIAL   PRIMARY KEY,
    state VARCHAR(10) NOT NULL,
    at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX retention_probe_done ON retention_probe (at) WHERE state = 'DONE';

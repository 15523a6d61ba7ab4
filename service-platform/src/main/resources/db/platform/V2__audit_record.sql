-- Who changed what through the REST API: one row per state-changing call, from the verified token.
CREATE TABLE audit_record (
    id      BIGSERIAL    PRIMARY KEY,
    at      TIMESTAMPTZ  NOT NULL,
    subject VARCHAR(255) NOT NULL,
    client  VARCHAR(255) NOT NULL,
    method  VARCHAR(10)  NOT NULL,
    path    VARCHAR(500) NOT NULL,
    status  INTEGER      NOT NULL
);

CREATE INDEX audit_record_subject ON audit_record (subject, id);

-- Decisions a SHADOW profile took alongside the live one, never executed: what it would have chosen and what that
-- would have cost, both costed under the live profile (so the delta compares like with like).
CREATE TABLE shadow_decision (
    id                    UUID        PRIMARY KEY,
    profile_id            UUID        NOT NULL REFERENCES routing_profile (id),
    order_id              UUID        NOT NULL,
    live_profile_id       UUID,
    live_locations        TEXT[]      NOT NULL,
    shadow_locations      TEXT[]      NOT NULL,
    live_cost             BIGINT      NOT NULL,
    shadow_cost           BIGINT      NOT NULL,
    shadow_cost_live_terms BIGINT     NOT NULL,
    live_unassigned_units INTEGER     NOT NULL,
    shadow_unassigned_units INTEGER   NOT NULL,
    explanation           JSONB       NOT NULL,
    decided_at            TIMESTAMPTZ NOT NULL
);

CREATE INDEX shadow_decision_by_profile ON shadow_decision (profile_id, decided_at);

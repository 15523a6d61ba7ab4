-- What the retention rules of application.yml delete by (docs/retention.md). risk_decision has risk_decision_time.
CREATE INDEX risk_observation_observed ON risk_observation (observed_at);
CREATE INDEX risk_review_decided ON risk_review (decided_at) WHERE status <> 'OPEN';

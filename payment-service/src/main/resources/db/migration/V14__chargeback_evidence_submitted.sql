-- When the PSP took a contested case's evidence (null until then, or while the PSP could not be reached).
ALTER TABLE chargeback ADD COLUMN evidence_submitted_at timestamptz;

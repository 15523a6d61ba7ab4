-- The tax category chooses payment-service's tax rule (with country and day of supply); existing articles are STANDARD.
ALTER TABLE article ADD COLUMN tax_category VARCHAR(20) NOT NULL DEFAULT 'STANDARD';

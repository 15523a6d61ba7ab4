-- Issue 10: a customer id is the channel's own (the web shop's "C-1" is not the marketplace's "C-1"), so customers,
-- the risk history and customer-id list entries are keyed by channel and customer id; and a replacement line
-- remembers the original's line it sends again, so all replacements of a line together stay within what was handed over.

-- Customers: one row per channel that used the id, contact data kept, first / last / number of orders per channel.
ALTER TABLE customer ADD COLUMN channel VARCHAR(20);
ALTER TABLE customer DROP CONSTRAINT customer_pkey;
INSERT INTO customer (channel, customer_id, loyalty_id, name, email, phone, language, first_order_at, last_order_at, orders)
SELECT o.channel, c.customer_id, c.loyalty_id, c.name, c.email, c.phone, c.language, o.first_at, o.last_at, o.n
FROM customer c
JOIN (SELECT channel, customer_id, min(created_at) AS first_at, max(created_at) AS last_at, count(*) AS n
      FROM customer_order WHERE replaces_order_id IS NULL GROUP BY channel, customer_id) o ON o.customer_id = c.customer_id
WHERE c.channel IS NULL;
DELETE FROM customer WHERE channel IS NULL;
ALTER TABLE customer ALTER COLUMN channel SET NOT NULL;
ALTER TABLE customer ADD PRIMARY KEY (channel, customer_id);

-- Risk history: the customer an order was seen for is "<channel>:<customer id>".
UPDATE risk_observation ob SET value = o.channel || ':' || ob.value
FROM customer_order o WHERE o.id = ob.order_id AND ob.kind = 'CUSTOMER';

-- List entries: a CUSTOMER_ID entry names its channel, other kinds none. An existing CUSTOMER_ID entry becomes one per
-- channel whose orders name the customer; one no order names stays black on every channel (never less protection),
-- while such a white entry is dropped (any channel could have borrowed it).
ALTER TABLE risk_list_entry ADD COLUMN channel VARCHAR(20);
ALTER TABLE risk_list_entry DROP CONSTRAINT risk_list_entry_unique;
INSERT INTO risk_list_entry (id, list, kind, channel, value, reason, created_by, created_at)
SELECT gen_random_uuid(), e.list, e.kind, ch.channel, e.value, e.reason, e.created_by, e.created_at
FROM risk_list_entry e
CROSS JOIN LATERAL (
    SELECT DISTINCT o.channel FROM customer_order o WHERE o.customer_id = e.value
    UNION
    SELECT c FROM unnest(ARRAY['WEB_SHOP', 'STORE_POS', 'MARKETPLACE', 'CALL_CENTER']) AS c
    WHERE e.list = 'BLACK' AND NOT EXISTS (SELECT 1 FROM customer_order o WHERE o.customer_id = e.value)) ch
WHERE e.kind = 'CUSTOMER_ID' AND e.channel IS NULL;
DELETE FROM risk_list_entry WHERE kind = 'CUSTOMER_ID' AND channel IS NULL;
ALTER TABLE risk_list_entry ADD CONSTRAINT risk_list_entry_channel CHECK ((kind = 'CUSTOMER_ID') = (channel IS NOT NULL));
CREATE UNIQUE INDEX risk_list_entry_unique ON risk_list_entry (list, kind, coalesce(channel, ''), value);

-- Replacement lines: the original's line they replace (lines of earlier replacements matched by SKU).
ALTER TABLE order_line ADD COLUMN replaces_line_id VARCHAR(10);
UPDATE order_line r SET replaces_line_id = (
    SELECT o.line_id FROM order_line o JOIN customer_order rep ON rep.id = r.order_id
    WHERE o.order_id = rep.replaces_order_id AND o.sku = r.sku ORDER BY o.id LIMIT 1)
WHERE r.order_id IN (SELECT id FROM customer_order WHERE replaces_order_id IS NOT NULL);

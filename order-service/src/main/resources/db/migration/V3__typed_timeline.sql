-- The timeline keeps each fact as data (its JSON, with "fact" naming the record) and puts it into words when it is
-- read, instead of storing the words. Entries written before keep their words as a "Written" fact; types unchanged.
ALTER TABLE order_timeline ADD COLUMN details JSONB;

UPDATE order_timeline SET details = jsonb_build_object('fact', 'Written', 'text', summary);

ALTER TABLE order_timeline ALTER COLUMN details SET NOT NULL;
ALTER TABLE order_timeline ADD CONSTRAINT order_timeline_details_names_fact CHECK (details ? 'fact');
ALTER TABLE order_timeline DROP COLUMN summary;

-- Order charges besides the lines (shipping, handling, gift wrap): [{"chargeId","type","name","amount","taxRate",
-- "taxCategory","discounts":[{"code","name","amount"}]}], always read whole with the order; the order's total includes
-- them. Orders taken before have none.
ALTER TABLE customer_order ADD COLUMN charges JSONB NOT NULL DEFAULT '[]';

-- Shops look their orders up by their own number (GET /api/v1/orders?orderNumber=SHOPIFY-1001), with or without the
-- channel: the unique (channel, order_number) index does not serve a search without the channel.
CREATE INDEX customer_order_order_number ON customer_order (order_number);

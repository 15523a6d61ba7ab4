-- New kinds of news: an order or some of its items cancelled, a delay while routing waits for stock, and money
-- reserved for cancelled items released. The natural key (order_id, kind, reference) still allows each once.
ALTER TABLE message DROP CONSTRAINT message_kind_check;
ALTER TABLE message ADD CONSTRAINT message_kind_check CHECK (kind IN ('ORDER_CONFIRMED', 'SHIPPED', 'READY_FOR_PICKUP',
    'REFUNDED', 'ORDER_CANCELLED', 'DELAYED', 'AUTHORIZATION_RELEASED'));

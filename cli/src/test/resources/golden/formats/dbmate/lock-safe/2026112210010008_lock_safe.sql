-- Part 8 of 11 of revision 20261122100100: Lock-safe

-- migrate:up transaction:false
-- Item.qty
-- LOCK: SHARE UPDATE EXCLUSIVE on items while it builds (reads and writes go on)
-- autogen:outside-transaction
-- autogen:undo drop index concurrently if exists ix_items_qty
-- autogen:rerun as-is
drop index concurrently if exists ix_items_qty;

-- migrate:down

-- Part 7 of 11 of revision 20261122100100: Lock-safe

-- migrate:up transaction:false
-- autogen:outside-transaction
-- autogen:undo alter table items drop constraint if exists ck_items_qty
-- autogen:rerun as-is
alter table items validate constraint ck_items_qty;

-- migrate:down

-- flyway:executeInTransaction=false
-- Part 7 of 11 of revision 20261122100100: Lock-safe

-- autogen:outside-transaction
-- autogen:undo alter table items drop constraint if exists ck_items_qty
-- autogen:rerun as-is
alter table items validate constraint ck_items_qty;

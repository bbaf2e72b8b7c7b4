-- flyway:executeInTransaction=false
-- Part 9 of 11 of revision 20261122100100: Lock-safe

-- autogen:outside-transaction
-- autogen:undo drop index concurrently if exists ix_items_qty
-- autogen:rerun-unless select coalesce((select indisvalid from pg_index where indexrelid = to_regclass('ix_items_qty')), false)
-- autogen:cleanup drop index concurrently if exists ix_items_qty
create index concurrently ix_items_qty on items (qty);

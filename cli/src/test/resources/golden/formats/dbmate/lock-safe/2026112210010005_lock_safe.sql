-- Part 5 of 11 of revision 20261122100100: Lock-safe

-- migrate:up transaction:false
-- autogen:outside-transaction
-- autogen:undo drop index concurrently if exists uq_items_code
-- autogen:rerun-unless select coalesce((select indisvalid from pg_index where indexrelid = to_regclass('uq_items_code')), false)
-- autogen:cleanup drop index concurrently if exists uq_items_code
create unique index concurrently uq_items_code on items (code);

-- migrate:down

-- Part 9 of 11 of revision 20261122100100: Lock-safe

-- migrate:up transaction:false
-- autogen:outside-transaction
-- autogen:undo drop index concurrently if exists ix_items_qty
-- autogen:rerun-unless select coalesce((select indisvalid from pg_index where indexrelid = to_regclass('ix_items_qty')), false)
-- autogen:cleanup drop index concurrently if exists ix_items_qty
create index concurrently ix_items_qty on items (qty);

-- migrate:down
-- Item
-- HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
-- LOCK: ACCESS EXCLUSIVE on items, briefly
alter table items drop constraint ck_items_qty;
-- Item.code
-- HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
-- LOCK: ACCESS EXCLUSIVE on items, briefly
alter table items drop constraint uq_items_code;
-- Item.label
-- HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
-- LOCK: ACCESS EXCLUSIVE on items, briefly
alter table items alter column label drop not null;

-- Part 10 of 11 of revision 20261122100100: Lock-safe

-- migrate:up
-- Item.owner
-- HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
-- LOCK: SHARE ROW EXCLUSIVE on items and owners, briefly, then SHARE UPDATE EXCLUSIVE on items while it validates the rows (writes go on)
-- NOTE: preflight: rows pointing at no row of owners: 0 (exact count)
-- autogen:undo alter table items drop constraint if exists fk_items_owner_id_owners
alter table items add constraint fk_items_owner_id_owners foreign key (owner_id) references owners (id) not valid;

-- migrate:down transaction:false
-- Item.qty
-- HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
-- LOCK: SHARE UPDATE EXCLUSIVE on items (reads and writes go on)
-- autogen:outside-transaction
-- autogen:rerun as-is
drop index concurrently if exists ix_items_qty;

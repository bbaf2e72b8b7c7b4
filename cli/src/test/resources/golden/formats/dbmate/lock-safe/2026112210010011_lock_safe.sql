-- Part 11 of 11 of revision 20261122100100: Lock-safe

-- migrate:up transaction:false
-- autogen:outside-transaction
-- autogen:undo alter table items drop constraint if exists fk_items_owner_id_owners
-- autogen:rerun as-is
alter table items validate constraint fk_items_owner_id_owners;

-- migrate:down
-- Item.owner
-- HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
-- LOCK: ACCESS EXCLUSIVE on items and owners, briefly
alter table items drop constraint fk_items_owner_id_owners;

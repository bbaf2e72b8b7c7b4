-- Undoes V20261122100100.11__lock_safe.sql
-- autogen:revision 20261122100100

-- Item.owner
-- HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
-- LOCK: ACCESS EXCLUSIVE on items and owners, briefly
alter table items drop constraint fk_items_owner_id_owners;

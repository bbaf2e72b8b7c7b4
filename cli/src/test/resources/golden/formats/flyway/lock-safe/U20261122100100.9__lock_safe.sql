-- Undoes V20261122100100.9__lock_safe.sql
-- autogen:revision 20261122100100

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

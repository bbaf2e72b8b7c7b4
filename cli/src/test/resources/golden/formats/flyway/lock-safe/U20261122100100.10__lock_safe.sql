-- flyway:executeInTransaction=false
-- Undoes V20261122100100.10__lock_safe.sql
-- autogen:revision 20261122100100

-- Item.qty
-- HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
-- LOCK: SHARE UPDATE EXCLUSIVE on items (reads and writes go on)
-- autogen:outside-transaction
-- autogen:rerun as-is
drop index concurrently if exists ix_items_qty;

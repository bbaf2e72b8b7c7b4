-- Part 4 of 11 of revision 20261122100100: Lock-safe

-- migrate:up transaction:false
-- Item.code
-- HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
-- LOCK: SHARE UPDATE EXCLUSIVE on items while the index builds (reads and writes go on), then ACCESS EXCLUSIVE briefly to attach it
-- NOTE: preflight: groups of rows sharing code: 0 (exact count)
-- autogen:outside-transaction
-- autogen:undo drop index concurrently if exists uq_items_code
-- autogen:rerun as-is
drop index concurrently if exists uq_items_code;

-- migrate:down

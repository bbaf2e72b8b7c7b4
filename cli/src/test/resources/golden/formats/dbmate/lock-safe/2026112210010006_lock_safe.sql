-- Part 6 of 11 of revision 20261122100100: Lock-safe

-- migrate:up
alter table items add constraint uq_items_code unique using index uq_items_code;
-- Item
-- HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
-- LOCK: ACCESS EXCLUSIVE on items, briefly, then SHARE UPDATE EXCLUSIVE while it validates the rows (writes go on)
-- NOTE: preflight: rows breaking the check: 0 (exact count)
-- autogen:undo alter table items drop constraint if exists ck_items_qty
alter table items add constraint ck_items_qty check ((qty >= 0)) not valid;

-- migrate:down

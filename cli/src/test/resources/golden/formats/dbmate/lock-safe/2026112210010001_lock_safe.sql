-- Lock-safe
--
-- Revision 20261122100100, parent 20261122100000, created 2026-11-22T10:01:00Z.
-- Written by autogen from the entities: review it, then run dbmate up (or autogen upgrade head).
-- Hazards and notes:
--   MAY_FAIL_ON_EXISTING_ROWS: alter column public.items.label: not null, proven by a validated check first; preflight: rows holding NULL: 0 (exact count)
--   MAY_FAIL_ON_EXISTING_ROWS: add unique constraint uq_items_code on public.items [code] on a unique index built concurrently; preflight: groups of rows sharing code: 0 (exact count)
--   MAY_FAIL_ON_EXISTING_ROWS: add check ck_items_qty on public.items: (qty >= 0), NOT VALID then validated; preflight: rows breaking the check: 0 (exact count)
--   MAY_FAIL_ON_EXISTING_ROWS: add foreign key fk_items_owner_id_owners public.items [owner_id] -> public.owners [id], NOT VALID then validated; preflight: rows pointing at no row of owners: 0 (exact count)
--
-- autogen:revision 20261122100100
-- autogen:parents 20261122100000
-- autogen:message Lock-safe
-- autogen:created 2026-11-22T10:01:00Z
-- autogen:schema-before 6c4327e946ed0549
-- autogen:schema-after b697eb1f3a2183d8
-- autogen:hazards MAY_FAIL_ON_EXISTING_ROWS

-- migrate:up
-- Item.label
-- HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
-- LOCK: ACCESS EXCLUSIVE on items, briefly, then SHARE UPDATE EXCLUSIVE while it validates the rows (writes go on)
-- NOTE: preflight: rows holding NULL: 0 (exact count)
-- autogen:undo alter table items drop constraint if exists nn_items_label
alter table items add constraint nn_items_label check (label is not null) not valid;

-- migrate:down

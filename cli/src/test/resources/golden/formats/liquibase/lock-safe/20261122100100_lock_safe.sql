--liquibase formatted sql
-- Lock-safe
--
-- Revision 20261122100100, parent 20261122100000, created 2026-11-22T10:01:00Z.
-- Written by autogen from the entities: review it, then run liquibase update with changelog.xml (or autogen upgrade head).
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

--changeset autogen:20261122100100-1
-- Item.label
-- HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
-- LOCK: ACCESS EXCLUSIVE on items, briefly, then SHARE UPDATE EXCLUSIVE while it validates the rows (writes go on)
-- NOTE: preflight: rows holding NULL: 0 (exact count)
-- autogen:undo alter table items drop constraint if exists nn_items_label
alter table items add constraint nn_items_label check (label is not null) not valid;
--rollback -- nothing to revert: another changeset's rollback reverts it

--changeset autogen:20261122100100-2 runInTransaction:false
-- autogen:outside-transaction
-- autogen:undo alter table items drop constraint if exists nn_items_label
-- autogen:rerun as-is
alter table items validate constraint nn_items_label;
--rollback -- nothing to revert: another changeset's rollback reverts it

--changeset autogen:20261122100100-3
alter table items alter column label set not null;
alter table items drop constraint nn_items_label;
--rollback -- nothing to revert: another changeset's rollback reverts it

--changeset autogen:20261122100100-4 runInTransaction:false
-- Item.code
-- HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
-- LOCK: SHARE UPDATE EXCLUSIVE on items while the index builds (reads and writes go on), then ACCESS EXCLUSIVE briefly to attach it
-- NOTE: preflight: groups of rows sharing code: 0 (exact count)
-- autogen:outside-transaction
-- autogen:undo drop index concurrently if exists uq_items_code
-- autogen:rerun as-is
drop index concurrently if exists uq_items_code;
--rollback -- nothing to revert: another changeset's rollback reverts it

--changeset autogen:20261122100100-5 runInTransaction:false
-- autogen:outside-transaction
-- autogen:undo drop index concurrently if exists uq_items_code
-- autogen:rerun-unless select coalesce((select indisvalid from pg_index where indexrelid = to_regclass('uq_items_code')), false)
-- autogen:cleanup drop index concurrently if exists uq_items_code
create unique index concurrently uq_items_code on items (code);
--rollback -- nothing to revert: another changeset's rollback reverts it

--changeset autogen:20261122100100-6
alter table items add constraint uq_items_code unique using index uq_items_code;
-- Item
-- HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
-- LOCK: ACCESS EXCLUSIVE on items, briefly, then SHARE UPDATE EXCLUSIVE while it validates the rows (writes go on)
-- NOTE: preflight: rows breaking the check: 0 (exact count)
-- autogen:undo alter table items drop constraint if exists ck_items_qty
alter table items add constraint ck_items_qty check ((qty >= 0)) not valid;
--rollback -- nothing to revert: another changeset's rollback reverts it

--changeset autogen:20261122100100-7 runInTransaction:false
-- autogen:outside-transaction
-- autogen:undo alter table items drop constraint if exists ck_items_qty
-- autogen:rerun as-is
alter table items validate constraint ck_items_qty;
--rollback -- nothing to revert: another changeset's rollback reverts it

--changeset autogen:20261122100100-8 runInTransaction:false
-- Item.qty
-- LOCK: SHARE UPDATE EXCLUSIVE on items while it builds (reads and writes go on)
-- autogen:outside-transaction
-- autogen:undo drop index concurrently if exists ix_items_qty
-- autogen:rerun as-is
drop index concurrently if exists ix_items_qty;
--rollback -- nothing to revert: another changeset's rollback reverts it

--changeset autogen:20261122100100-9 runInTransaction:false
-- autogen:outside-transaction
-- autogen:undo drop index concurrently if exists ix_items_qty
-- autogen:rerun-unless select coalesce((select indisvalid from pg_index where indexrelid = to_regclass('ix_items_qty')), false)
-- autogen:cleanup drop index concurrently if exists ix_items_qty
create index concurrently ix_items_qty on items (qty);
--rollback -- Item
--rollback -- HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
--rollback -- LOCK: ACCESS EXCLUSIVE on items, briefly
--rollback alter table items drop constraint ck_items_qty;
--rollback -- Item.code
--rollback -- HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
--rollback -- LOCK: ACCESS EXCLUSIVE on items, briefly
--rollback alter table items drop constraint uq_items_code;
--rollback -- Item.label
--rollback -- HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
--rollback -- LOCK: ACCESS EXCLUSIVE on items, briefly
--rollback alter table items alter column label drop not null;

--changeset autogen:20261122100100-10 runInTransaction:false
-- Item.owner
-- HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
-- LOCK: SHARE ROW EXCLUSIVE on items and owners, briefly, then SHARE UPDATE EXCLUSIVE on items while it validates the rows (writes go on)
-- NOTE: preflight: rows pointing at no row of owners: 0 (exact count)
-- autogen:undo alter table items drop constraint if exists fk_items_owner_id_owners
alter table items add constraint fk_items_owner_id_owners foreign key (owner_id) references owners (id) not valid;
--rollback -- Item.qty
--rollback -- HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
--rollback -- LOCK: SHARE UPDATE EXCLUSIVE on items (reads and writes go on)
--rollback -- autogen:outside-transaction
--rollback -- autogen:rerun as-is
--rollback drop index concurrently if exists ix_items_qty;

--changeset autogen:20261122100100-11 runInTransaction:false
-- autogen:outside-transaction
-- autogen:undo alter table items drop constraint if exists fk_items_owner_id_owners
-- autogen:rerun as-is
alter table items validate constraint fk_items_owner_id_owners;
--rollback -- Item.owner
--rollback -- HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
--rollback -- LOCK: ACCESS EXCLUSIVE on items and owners, briefly
--rollback alter table items drop constraint fk_items_owner_id_owners;

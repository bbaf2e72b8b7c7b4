-- flyway:executeInTransaction=false
-- Part 11 of 11 of revision 20261122100100: Lock-safe

-- autogen:outside-transaction
-- autogen:undo alter table items drop constraint if exists fk_items_owner_id_owners
-- autogen:rerun as-is
alter table items validate constraint fk_items_owner_id_owners;

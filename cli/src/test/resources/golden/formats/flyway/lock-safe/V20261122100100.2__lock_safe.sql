-- flyway:executeInTransaction=false
-- Part 2 of 11 of revision 20261122100100: Lock-safe

-- autogen:outside-transaction
-- autogen:undo alter table items drop constraint if exists nn_items_label
-- autogen:rerun as-is
alter table items validate constraint nn_items_label;

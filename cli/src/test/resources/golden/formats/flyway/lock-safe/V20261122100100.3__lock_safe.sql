-- Part 3 of 11 of revision 20261122100100: Lock-safe

alter table items alter column label set not null;
alter table items drop constraint nn_items_label;

-- Undoes V20261122100000__items.sql
-- autogen:revision 20261122100000

drop trigger update_timestamp on owners;
drop trigger update_timestamp on items;
-- Owner
-- HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
drop table owners;
-- Item
-- HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
drop table items;
drop function set_updated_at();

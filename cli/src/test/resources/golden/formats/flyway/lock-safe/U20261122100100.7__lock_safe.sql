-- Undoes V20261122100100.7__lock_safe.sql: nothing, another part's undo reverts this migration
-- autogen:revision 20261122100100


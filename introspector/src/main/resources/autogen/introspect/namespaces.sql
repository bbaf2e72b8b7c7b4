-- The schemas of the scope that exist; extension-owned ones too, since tables may live in them.
select n.nspname as schema_name
from pg_catalog.pg_namespace n
where n.nspname = any(?)
order by n.nspname

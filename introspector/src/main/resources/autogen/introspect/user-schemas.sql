-- The schemas of a database that hold what its users made: not PostgreSQL's own, not an extension's.
select n.nspname as schema_name
from pg_catalog.pg_namespace n
where n.nspname <> 'information_schema'
  and n.nspname not like 'pg\_%'
  and not exists (select 1 from pg_catalog.pg_depend d
                  where d.classid = 'pg_catalog.pg_namespace'::regclass and d.objid = n.oid and d.deptype = 'e')
  and n.nspname <> all(?)
order by n.nspname

-- Native enum types with their labels in declared order (enumsortorder); extension members are skipped.
select n.nspname as schema_name, t.typname as type_name,
       array(select e.enumlabel::text
             from pg_catalog.pg_enum e
             where e.enumtypid = t.oid
             order by e.enumsortorder) as labels
from pg_catalog.pg_type t
join pg_catalog.pg_namespace n on n.oid = t.typnamespace
where t.typtype = 'e'
  and n.nspname = any(?)
  and not exists (select 1 from pg_catalog.pg_depend d
                  where d.classid = 'pg_catalog.pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
order by n.nspname, t.typname

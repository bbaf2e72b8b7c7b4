-- autogen's trigger functions that exist, named by the first two parameters (the schemas and the names, pairwise):
-- plain functions (prokind 'f') with no arguments returning trigger, the only kind a trigger runs. prosrc is the body
-- between the dollar quotes, verbatim. Extension members are skipped.
select n.nspname as schema_name, p.proname as function_name, p.prosrc as body
from pg_catalog.pg_proc p
join pg_catalog.pg_namespace n on n.oid = p.pronamespace
join unnest(?::text[], ?::text[]) as owned(schema_name, function_name)
  on owned.schema_name = n.nspname and owned.function_name = p.proname
where p.prokind = 'f'
  and p.pronargs = 0
  and p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype
  and not exists (select 1 from pg_catalog.pg_depend d
                  where d.classid = 'pg_catalog.pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
order by n.nspname, p.proname

-- Triggers of the tables tables.sql selects (the third parameter is the schemas) that run one of autogen's trigger
-- functions, named by the first two parameters (the schemas and the names, pairwise), and are what autogen
-- creates: tgtype 19 is ROW (1) + BEFORE (2) + UPDATE (16), so no INSERT, DELETE or TRUNCATE event rides along.
-- Internal triggers (foreign keys, deferred uniques), triggers running a function an extension owns (which
-- functions.sql skips) and every other trigger are left alone.
select n.nspname as schema_name, c.relname as table_name, t.tgname as trigger_name,
       fn.nspname as function_schema, p.proname as function_name
from pg_catalog.pg_trigger t
join pg_catalog.pg_class c on c.oid = t.tgrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
join pg_catalog.pg_proc p on p.oid = t.tgfoid
join pg_catalog.pg_namespace fn on fn.oid = p.pronamespace
join unnest(?::text[], ?::text[]) as owned(schema_name, function_name)
  on owned.schema_name = fn.nspname and owned.function_name = p.proname
where t.tgtype = 19
  and not t.tgisinternal
  and c.relkind in ('r', 'p')
  and not c.relispartition
  and n.nspname = any(?)
  and not exists (select 1 from pg_catalog.pg_depend d
                  where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
  and not exists (select 1 from pg_catalog.pg_depend d
                  where d.classid = 'pg_catalog.pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
order by n.nspname, c.relname, t.tgname

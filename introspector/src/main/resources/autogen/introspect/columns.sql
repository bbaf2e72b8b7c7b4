-- Live columns of the tables tables.sql selects, each table's in declared order (attnum); the order of the
-- tables does not matter, and sorting by oid instead of name keeps the sort of 75,000 wide rows cheap.
select n.nspname as schema_name, c.relname as table_name, a.attname as column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) as type,
       a.attnotnull as not_null,
       -- pg_attrdef also stores generation expressions (attgenerated 's' for stored), which are not defaults.
       -- A default cannot name a column, so it is printed without its table: no deparse context per row.
       case when a.attgenerated = '' then pg_catalog.pg_get_expr(ad.adbin, 0) end as default_expression,
       case when a.attgenerated = 's' then pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) end as generated_expression,
       a.attidentity as identity,
       ds.description as comment
from pg_catalog.pg_attribute a
join pg_catalog.pg_class c on c.oid = a.attrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
left join pg_catalog.pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
-- Joined rather than col_description(), which would look each column up on its own.
left join pg_catalog.pg_description ds
       on ds.objoid = c.oid and ds.classoid = 'pg_catalog.pg_class'::regclass and ds.objsubid = a.attnum
where a.attnum > 0
  and not a.attisdropped
  and c.relkind in ('r', 'p')
  and not c.relispartition
  and n.nspname = any(?)
  and not exists (select 1 from pg_catalog.pg_depend d
                  where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
order by a.attrelid, a.attnum

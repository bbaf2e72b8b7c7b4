-- Check constraints and generation expressions of this session's temporary probe tables, as the catalog
-- queries print them.
with probe as (
    select c.oid, c.relname
    from pg_catalog.pg_class c
    where c.relname = any(?)
      and c.relnamespace = pg_catalog.pg_my_temp_schema()
)
select p.relname as table_name, 'check' as kind, con.conname::text as name,
       pg_catalog.pg_get_constraintdef(con.oid) as definition
from probe p
join pg_catalog.pg_constraint con on con.conrelid = p.oid
where con.contype = 'c'
union all
select p.relname, 'generated', a.attname::text, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)
from probe p
join pg_catalog.pg_attribute a on a.attrelid = p.oid
join pg_catalog.pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
where a.attgenerated = 's'

-- What PostgreSQL made of the columns of this session's temporary probe tables: the same facts columns.sql reads.
select a.attname as column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) as type,
       a.attnotnull as not_null,
       case when a.attgenerated = '' then pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) end as default_expression,
       case when a.attgenerated = 's' then pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) end as generated_expression
from pg_catalog.pg_attribute a
join pg_catalog.pg_class c on c.oid = a.attrelid
left join pg_catalog.pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
where c.relname = any(?)
  and c.relnamespace = pg_catalog.pg_my_temp_schema()
  and a.attnum > 0
  and not a.attisdropped

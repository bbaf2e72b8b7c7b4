-- The canonical spelling of the columns of one of this session's temporary probe tables.
select pg_catalog.format_type(a.atttypid, a.atttypmod) as type,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) as default_expression
from pg_catalog.pg_attribute a
join pg_catalog.pg_class c on c.oid = a.attrelid
left join pg_catalog.pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
where c.relname = ?
  and c.relnamespace = pg_catalog.pg_my_temp_schema()
  and a.attnum > 0
  and not a.attisdropped
order by a.attnum

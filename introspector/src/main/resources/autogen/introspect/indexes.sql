-- Plain b-tree indexes on columns; expression, partial and covering indexes are not modelled yet.
select n.nspname as schema_name, c.relname as table_name, ic.relname as index_name,
       i.indisunique as is_unique,
       array(select (select a.attname::text from pg_catalog.pg_attribute a
                     where a.attrelid = i.indrelid and a.attnum = k.attnum)
             from unnest(i.indkey::int2[]) with ordinality k(attnum, position)
             order by k.position) as columns
from pg_catalog.pg_index i
join pg_catalog.pg_class ic on ic.oid = i.indexrelid
join pg_catalog.pg_am am on am.oid = ic.relam
join pg_catalog.pg_class c on c.oid = i.indrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where am.amname = 'btree'
  and i.indexprs is null
  and i.indpred is null
  and i.indnkeyatts = i.indnatts
  -- A foreign key's conindid names the referenced table's index, so only this table's own keys count.
  and not exists (select 1 from pg_catalog.pg_constraint con
                  where con.conindid = i.indexrelid and con.conrelid = i.indrelid
                    and con.contype in ('p', 'u', 'x'))
  and c.relkind in ('r', 'p')
  and not c.relispartition
  and n.nspname = any(?)
  and not exists (select 1 from pg_catalog.pg_depend d
                  where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
order by n.nspname, c.relname, ic.relname

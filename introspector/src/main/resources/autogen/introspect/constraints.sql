-- Primary keys, foreign keys, unique and check constraints, columns in key order. Exclusion constraints
-- (contype 'x') are left alone: entities cannot express them.
select n.nspname as schema_name, c.relname as table_name, con.conname as constraint_name,
       con.contype as kind,
       -- One index lookup per key column: cheaper than joining each row's keys with all of its table's columns.
       array(select (select a.attname::text from pg_catalog.pg_attribute a
                     where a.attrelid = con.conrelid and a.attnum = k.attnum)
             from unnest(con.conkey) with ordinality k(attnum, position)
             order by k.position) as columns,
       rn.nspname as referenced_schema, rc.relname as referenced_table,
       case when con.contype = 'f' then
         array(select (select a.attname::text from pg_catalog.pg_attribute a
                       where a.attrelid = con.confrelid and a.attnum = k.attnum)
               from unnest(con.confkey) with ordinality k(attnum, position)
               order by k.position) end as referenced_columns,
       con.confdeltype as on_delete, con.confupdtype as on_update,
       case when con.contype = 'c' then pg_catalog.pg_get_constraintdef(con.oid) end as check_definition
from pg_catalog.pg_constraint con
join pg_catalog.pg_class c on c.oid = con.conrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
left join pg_catalog.pg_class rc on rc.oid = con.confrelid
left join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace
where con.contype in ('p', 'f', 'u', 'c')
  -- A foreign key to a partitioned table gets one child row per partition; only the parent is declared.
  and con.conparentid = 0
  and c.relkind in ('r', 'p')
  and not c.relispartition
  and n.nspname = any(?)
  and not exists (select 1 from pg_catalog.pg_depend d
                  where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
order by n.nspname, c.relname, con.conname

-- Sequences no identity column owns (deptype 'i'), nor an extension (deptype 'e'); a serial column's sequence
-- with the column that owns it (deptype 'a', OWNED BY).
select n.nspname as schema_name, c.relname as sequence_name, s.seqstart as start, s.seqincrement as increment,
       owner_ns.nspname as owner_schema, owner.relname as owner_table, a.attname as owner_column
from pg_catalog.pg_sequence s
join pg_catalog.pg_class c on c.oid = s.seqrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
left join pg_catalog.pg_depend d on d.classid = 'pg_catalog.pg_class'::regclass and d.objid = c.oid
      and d.refclassid = 'pg_catalog.pg_class'::regclass and d.refobjsubid > 0 and d.deptype = 'a'
left join pg_catalog.pg_class owner on owner.oid = d.refobjid
left join pg_catalog.pg_namespace owner_ns on owner_ns.oid = owner.relnamespace
left join pg_catalog.pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
where n.nspname = any(?)
  and not exists (select 1 from pg_catalog.pg_depend e
                  where e.classid = 'pg_catalog.pg_class'::regclass and e.objid = c.oid
                    and e.deptype in ('e', 'i'))
order by n.nspname, c.relname

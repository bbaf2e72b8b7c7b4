-- Sequences no identity column owns (deptype 'i'), nor an extension (deptype 'e'); a serial column's sequence
-- with the column that owns it (deptype 'a', OWNED BY). Each sequence's dependencies are read in one index lookup
-- that answers both questions: joining pg_depend twice made the planner walk all of pg_class.
select n.nspname as schema_name, c.relname as sequence_name, s.seqstart as start, s.seqincrement as increment,
       owner_ns.nspname as owner_schema, owner.relname as owner_table, a.attname as owner_column
from pg_catalog.pg_sequence s
join pg_catalog.pg_class c on c.oid = s.seqrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
cross join lateral (
    select bool_or(d.deptype in ('e', 'i')) as taken,
           min(d.refobjid) filter (where d.deptype = 'a' and d.refclassid = 'pg_catalog.pg_class'::regclass
                                     and d.refobjsubid > 0) as owner_oid,
           min(d.refobjsubid) filter (where d.deptype = 'a' and d.refclassid = 'pg_catalog.pg_class'::regclass
                                        and d.refobjsubid > 0) as owner_attnum
    from pg_catalog.pg_depend d
    where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = c.oid) dep
left join pg_catalog.pg_class owner on owner.oid = dep.owner_oid
left join pg_catalog.pg_namespace owner_ns on owner_ns.oid = owner.relnamespace
left join pg_catalog.pg_attribute a on a.attrelid = dep.owner_oid and a.attnum = dep.owner_attnum
where n.nspname = any(?)
  and dep.taken is not true
order by n.nspname, c.relname

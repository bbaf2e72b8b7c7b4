-- Free-standing sequences: identity columns own theirs (deptype 'i'), extensions theirs (deptype 'e').
select n.nspname as schema_name, c.relname as sequence_name, s.seqstart as start, s.seqincrement as increment
from pg_catalog.pg_sequence s
join pg_catalog.pg_class c on c.oid = s.seqrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where n.nspname = any(?)
  and not exists (select 1 from pg_catalog.pg_depend d
                  where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = c.oid
                    and d.deptype in ('e', 'i'))
order by n.nspname, c.relname

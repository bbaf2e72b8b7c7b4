package autogen.rehearse;

import autogen.migration.sql.Sql;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Table;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL a rehearsal runs besides the migrations: reading the source in one snapshot, loading the copy, hashing
 * rows, sampling locks, sizes and row counts. Every identifier goes through {@link Sql#ident}.
 */
final class RehearsalSql {
    /** Where the row hashes taken before the upgrade wait, outside every schema a migration or check reads. */
    static final String HASH_SCHEMA = "autogen_rehearsal";
    /**
     * The catalog's own schemas and the hashes' one, whose locks a report leaves out; not a list of the user's
     * schemas, since a migration may create one while the locks are sampled.
     */
    private static final String NOT_USER = "('pg_catalog', 'information_schema', " + Sql.literal(HASH_SCHEMA) + ")";

    private RehearsalSql() {
    }

    static final String SERVER_VERSION = "show server_version";

    /** The bytes of every table of {@code schemas}, its indexes and TOAST included. */
    static String userDataSize(List<String> schemas) {
        return "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'm')"
                + " and n.nspname in (" + literals(schemas) + ")";
    }

    /** Every sequence of {@code schemas}, with where it stands. */
    static String sequences(List<String> schemas) {
        return "select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where c.relkind = 'S' and n.nspname in (" + literals(schemas) + ") order by 1, 2";
    }

    static String sequenceState(QualifiedName sequence) {
        return "select last_value, is_called from " + Sql.name(sequence);
    }

    static String setSequence(QualifiedName sequence, long value, boolean called) {
        return "select setval(" + Sql.literal(Sql.name(sequence)) + ", " + value + ", " + called + ")";
    }

    /** Triggers and foreign keys stay quiet while the copy loads rows that were valid where they came from. */
    static final String LOAD_AS_REPLICA = "set session_replication_role = replica";
    static final String LOAD_DONE = "set session_replication_role = default";

    static String truncate(List<Table> tables) {
        return "truncate " + tables.stream().map(t -> Sql.name(t.name())).collect(Collectors.joining(", "));
    }

    static String copyOut(Table table) {
        return "copy (select " + Sql.idents(copied(table)) + " from only " + Sql.name(table.name()) + ") to stdout";
    }

    static String copyIn(Table table) {
        return "copy " + Sql.name(table.name()) + " (" + Sql.idents(copied(table)) + ") from stdin";
    }

    /** The columns a copy writes: a generated column is computed again. */
    private static List<String> copied(Table table) {
        return table.columns().stream().filter(c -> c.generatedExpression().isEmpty()).map(Column::name).toList();
    }

    static final String CREATE_HASH_SCHEMA = "create schema if not exists " + Sql.ident(HASH_SCHEMA);
    static final String DROP_HASH_SCHEMA = "drop schema if exists " + Sql.ident(HASH_SCHEMA) + " cascade";

    /**
     * Each row of {@code table} as a key and a hash of the values of {@code compared}: the primary key's text, or,
     * without one, the hash itself, counted.
     */
    private static String hashed(Table table, List<String> compared) {
        String hash = "md5(row(" + Sql.idents(compared) + ")::text)";
        String key = table.primaryKey().map(pk -> "row(" + Sql.idents(pk.columns()) + ")::text").orElse(hash);
        return "select " + key + " as k, " + hash + " as h, count(*) as n from only " + Sql.name(table.name())
                + " group by 1, 2";
    }

    static String hashTable(int index) {
        return Sql.ident(HASH_SCHEMA) + "." + Sql.ident("rows_" + index);
    }

    static String recordHashes(int index, Table table, List<String> compared) {
        return "create table " + hashTable(index) + " as " + hashed(table, compared);
    }

    /**
     * Rows now and rows before that differ: with a primary key, a key whose hash changed counts once, as does a
     * key on one side only; without one, a row missing now counts once per copy missing. Then the rows now, from
     * the same scan.
     */
    static String differingRows(int index, Table table, List<String> compared) {
        String now = "(" + hashed(table, compared) + ")";
        String counted = table.primaryKey().isPresent()
                ? "count(*) filter (where b.h is distinct from a.h)"
                : "coalesce(sum(greatest(coalesce(b.n, 0) - coalesce(a.n, 0), coalesce(a.n, 0) - coalesce(b.n, 0))),"
                + " 0)";
        return "select " + counted + ", coalesce(sum(a.n), 0) from " + hashTable(index) + " b full join " + now
                + " a on a.k = b.k";
    }

    /**
     * The table locks session {@code ?} holds or waits for, outside the catalog and the history tables: a statement's
     * index locks follow from its table's, and would only crowd the report.
     */
    static String locks(Set<String> historyTables) {
        return "select n.nspname, c.relname, l.mode, l.granted from pg_locks l join pg_class c on c.oid = l.relation"
                + " join pg_namespace n on n.oid = c.relnamespace where l.pid = ? and l.locktype = 'relation'"
                + " and n.nspname not in " + NOT_USER + " and n.nspname not like 'pg\\_%' and c.relkind in ('r', 'p')"
                + " and c.relname not in (" + literals(List.copyOf(historyTables)) + ")";
    }

    static final String BACKEND = "select pg_backend_pid()";

    /** Asks the server to publish this session's row counts now rather than within the next second or so. */
    static final String PUBLISH_COUNTS = "select pg_stat_force_next_flush()";

    /** Rows inserted, updated and deleted in each table but the history tables so far, as the statistics count them. */
    static String rowCounts(List<String> schemas, Set<String> historyTables) {
        return "select schemaname, relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables"
                + " where schemaname in (" + literals(schemas) + ") and relname not in ("
                + literals(List.copyOf(historyTables)) + ")";
    }

    /** The size of every table (without its indexes) and of every index of {@code schemas}. */
    static String sizes(List<String> schemas) {
        return "select n.nspname, c.relname, c.relkind = 'i', pg_relation_size(c.oid)"
                + " + case when c.relkind = 'r' then coalesce(pg_relation_size(c.reltoastrelid), 0) else 0 end"
                + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where c.relkind in ('r', 'i') and n.nspname in (" + literals(schemas) + ") order by 1, 2";
    }

    /** Up to {@code limit} keys of {@code table}'s one-column primary key, for writers to pick rows by. */
    static String sampleKeys(Table table, String key, int limit) {
        return "select " + Sql.ident(key) + "::text from " + Sql.name(table.name()) + " limit " + limit;
    }

    /**
     * What a writer does: takes the lock an {@code UPDATE} takes on the table and the lock it takes on one row, so it
     * waits exactly where a real write would; rolled back, it changes no row and counts none.
     */
    static String lockTable(Table table) {
        return "lock table only " + Sql.name(table.name()) + " in row exclusive mode";
    }

    static String lockRow(Table table, String key, String type) {
        return "select 1 from " + Sql.name(table.name()) + " where " + Sql.ident(key) + " = cast(? as " + type
                + ") for no key update";
    }

    private static String literals(List<String> values) {
        return values.isEmpty() ? "null" : values.stream().map(Sql::literal).collect(Collectors.joining(", "));
    }
}

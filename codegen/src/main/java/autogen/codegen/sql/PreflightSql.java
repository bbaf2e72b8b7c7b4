package autogen.codegen.sql;

import autogen.migration.sql.Sql;
import autogen.schema.ForeignKey;
import autogen.schema.QualifiedName;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The read-only queries of the live-data preflight. Each counts rows of one table, the whole table or a sample of
 * it ({@code sample} percent, {@code 100} for every row), and answers one number.
 */
public final class PreflightSql {
    private PreflightSql() {
    }

    /** Rows, live-tuple estimate and size on disk of {@code table}: reltuples, pg_total_relation_size. */
    public static String tableStatistics(QualifiedName table) {
        return "select c.reltuples::bigint, pg_total_relation_size(c.oid) from pg_class c where c.oid = "
                + "to_regclass(" + Sql.literal(Sql.name(table)) + ")";
    }

    /**
     * The distinct values ANALYZE estimated for {@code column}: a count, or minus a fraction of the rows when it
     * expects the count to grow with the table.
     */
    public static String distinctValues(QualifiedName table, String column) {
        return "select n_distinct from pg_stats where schemaname = " + Sql.literal(table.schema())
                + " and tablename = " + Sql.literal(table.name()) + " and attname = " + Sql.literal(column);
    }

    /** The fraction of NULLs that ANALYZE saw in {@code column}, when it has run. */
    public static String nullFraction(QualifiedName table, String column) {
        return "select null_frac from pg_stats where schemaname = " + Sql.literal(table.schema())
                + " and tablename = " + Sql.literal(table.name()) + " and attname = " + Sql.literal(column);
    }

    /** Whether {@code table} has a row. */
    public static String anyRow(QualifiedName table) {
        return "select exists (select from " + Sql.name(table) + ")";
    }

    /** Whether {@code column} of {@code table} holds a value other than NULL. */
    public static String anyValue(QualifiedName table, String column) {
        return "select exists (select from " + Sql.name(table) + " where " + Sql.ident(column) + " is not null)";
    }

    public static String rows(QualifiedName table, int sample) {
        return "select count(*) from " + from(table, sample);
    }

    public static String nulls(QualifiedName table, String column, int sample) {
        return "select count(*) from " + from(table, sample) + " where " + Sql.ident(column) + " is null";
    }

    public static String nonNulls(QualifiedName table, String column, int sample) {
        return "select count(*) from " + from(table, sample) + " where " + Sql.ident(column) + " is not null";
    }

    /** Rows whose {@code columns} all hold a value: each points somewhere. */
    public static String withValues(QualifiedName table, List<String> columns, int sample) {
        return "select count(*) from " + from(table, sample) + " where " + columns.stream()
                .map(c -> Sql.ident(c) + " is not null").collect(Collectors.joining(" and "));
    }

    /** Groups of rows that share their values in {@code columns} (rows with a NULL in them never clash). */
    public static String duplicateGroups(QualifiedName table, List<String> columns, int sample) {
        String notNull = columns.stream().map(c -> Sql.ident(c) + " is not null").collect(Collectors.joining(" and "));
        return "select count(*) from (select 1 from " + from(table, sample) + " where " + notNull + " group by "
                + Sql.idents(columns) + " having count(*) > 1) as duplicates";
    }

    /** Values of {@code column} that the type {@code type} does not accept (PostgreSQL 16 and later). */
    public static String notFitting(QualifiedName table, String column, String type, int sample) {
        return "select count(*) from " + from(table, sample) + " where " + Sql.ident(column) + " is not null and not"
                + " pg_input_is_valid(" + Sql.ident(column) + "::text, " + Sql.literal(type) + ")";
    }

    /** Values of {@code column} longer than {@code length} characters: narrowing a varchar on older servers. */
    public static String longerThan(QualifiedName table, String column, int length, int sample) {
        return "select count(*) from " + from(table, sample) + " where length(" + Sql.ident(column) + "::text) > "
                + length;
    }

    /** Rows whose foreign key columns, all set, match no row of the referenced table. */
    public static String orphans(QualifiedName table, ForeignKey key, List<String> columns, int sample) {
        String set = columns.stream().map(c -> "t." + Sql.ident(c) + " is not null")
                .collect(Collectors.joining(" and "));
        String match = IntStream.range(0, columns.size()).mapToObj(i -> "r." + Sql.ident(key.referencedColumns()
                .get(i)) + " = t." + Sql.ident(columns.get(i))).collect(Collectors.joining(" and "));
        return "select count(*) from " + Sql.name(table) + " as t" + sampled(sample) + " where " + set + " and not exists (select 1 from "
                + Sql.name(key.referencedTable()) + " as r where " + match + ")";
    }

    /** Rows whose {@code column}, read as text, is one of {@code values}. */
    public static String using(QualifiedName table, String column, List<String> values, int sample) {
        return "select count(*) from " + from(table, sample) + " where " + Sql.ident(column) + "::text in ("
                + values.stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")";
    }

    /** Rows for which {@code expression}, a check PostgreSQL has already spelled, is false. */
    public static String violating(QualifiedName table, String expression, int sample) {
        return "select count(*) from " + from(table, sample) + " where not (" + expression + ")";
    }

    private static String from(QualifiedName table, int sample) {
        return Sql.name(table) + sampled(sample);
    }

    private static String sampled(int sample) {
        return sample >= 100 ? "" : " tablesample system (" + sample + ")";
    }
}

package autogen.engine;

import autogen.codegen.sql.PreflightSql;
import autogen.schema.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The preflight's counts of one database's rows, each answering one number, in a read-only transaction under a
 * statement timeout: exactly on a small table; on one of {@value #LARGE_TABLE_ROWS} rows or more, from a
 * {@value #SAMPLE_PERCENT}% block sample or ANALYZE's statistics. Each figure says which, and a count that fails or
 * takes too long says "not counted", never what the server said.
 */
final class LiveCounts {
    static final long LARGE_TABLE_ROWS = 1_000_000;
    static final long LARGE_TABLE_BYTES = 256L * 1024 * 1024;
    static final int SAMPLE_PERCENT = 1;
    static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(5);
    private static final String QUERY_CANCELED = "57014";

    private final Connection connection;
    private final UnaryOperator<QualifiedName> current;
    private final Map<QualifiedName, Statistics> statistics = new HashMap<>();
    private final Map<QualifiedName, String> rowFigures = new HashMap<>();

    /** Reltuples (-1 before the first ANALYZE) and size of a table, as the catalog has them. */
    record Statistics(long rows, long bytes) {
        /** Counted from a sample: many rows, or, never analyzed, many bytes. */
        boolean large() {
            return rows >= LARGE_TABLE_ROWS || rows < 0 && bytes >= LARGE_TABLE_BYTES;
        }
    }

    /** Counts on {@code connection}, reading each table under {@code current}'s name for it in the database now. */
    LiveCounts(Connection connection, UnaryOperator<QualifiedName> current) {
        this.connection = connection;
        this.current = current;
    }

    /** The rows of {@code table}: counted once however many steps lock it, or the catalog's estimate. */
    String rows(QualifiedName table) throws SQLException {
        String known = rowFigures.get(table);
        if (known == null) {
            known = statistics(table).large() ? "about " + number(statistics(table).rows()) + " (catalog estimate)"
                    : count(table, sample -> PreflightSql.rows(current(table), sample));
            rowFigures.put(table, known);
        }
        return known;
    }

    /** The rows holding NULL in {@code column} (its name in the database now). */
    String nulls(QualifiedName table, String column) throws SQLException {
        Statistics s = statistics(table);
        if (s.large()) {
            Optional<Double> fraction = statistic(PreflightSql.nullFraction(current(table), column));
            if (fraction.isPresent()) {
                return "about " + number(Math.round(fraction.get() * s.rows())) + " (ANALYZE statistics)";
            }
        }
        return count(table, sample -> PreflightSql.nulls(current(table), column, sample));
    }

    /** A figure of ANALYZE's statistics, when it has one. */
    Optional<Double> statistic(String sql) throws SQLException {
        try {
            return single(sql).map(Number::doubleValue);
        } catch (TimedOut | SQLException e) {
            return Optional.empty();
        }
    }

    /** A query whose text depends on the sample size. */
    @FunctionalInterface
    interface Counting {
        String sql(int sample);
    }

    String count(QualifiedName table, Counting query) throws SQLException {
        return count(table, query, true);
    }

    /**
     * What {@code query} counts, exactly on a small table; on a large one from a sample, scaled up when it counts
     * rows ({@code scales}), a lower bound when it counts groups (those found in a sample do not scale).
     */
    String count(QualifiedName table, Counting query, boolean scales) throws SQLException {
        boolean large = statistics(table).large();
        Optional<Number> found;
        try {
            found = single(query.sql(large ? SAMPLE_PERCENT : 100));
        } catch (TimedOut e) {
            return "not counted (the count took longer than " + STATEMENT_TIMEOUT.toSeconds() + " s)";
        } catch (SQLException e) {
            // What the server said is no figure, and no part of a migration file.
            return "not counted (the count failed)";
        }
        long n = found.map(Number::longValue).orElse(0L);
        if (!large) {
            return number(n) + " (exact count)";
        }
        String figure = scales ? "about " + number(n * 100 / SAMPLE_PERCENT) : n == 0 ? "none found"
                : "at least " + number(n);
        return figure + " (" + SAMPLE_PERCENT + "% sample)";
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " kB";
        }
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }

    Statistics statistics(QualifiedName table) throws SQLException {
        Statistics known = statistics.get(table);
        if (known != null) {
            return known;
        }
        Statistics s = new Statistics(0, 0);
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(PreflightSql.tableStatistics(current(table)))) {
            if (rs.next()) {
                s = new Statistics(rs.getLong(1), rs.getLong(2));
            }
        }
        statistics.put(table, s);
        return s;
    }

    private static final class TimedOut extends Exception {
        TimedOut() {
            super(null, null, false, false);
        }
    }

    /** The one value {@code sql} answers, under a savepoint so that a cancelled count leaves the transaction usable. */
    private Optional<Number> single(String sql) throws SQLException, TimedOut {
        Savepoint savepoint = connection.setSavepoint();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            Optional<Number> value = rs.next() ? Optional.ofNullable((Number) rs.getObject(1)) : Optional.empty();
            connection.releaseSavepoint(savepoint);
            return value;
        } catch (SQLException e) {
            connection.rollback(savepoint);
            if (QUERY_CANCELED.equals(e.getSQLState())) {
                throw new TimedOut();
            }
            throw e;
        }
    }

    private QualifiedName current(QualifiedName table) {
        return current.apply(table);
    }
}

package autogen.engine;

import autogen.diff.MigrationPlan;
import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.AddColumn;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddPrimaryKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.AlterEnumType;
import autogen.diff.op.ChangeAllowedValues;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.DropColumn;
import autogen.diff.op.DropTable;
import autogen.diff.op.EnumUsage;
import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import autogen.diff.op.RenameColumn;
import autogen.diff.op.RenameTable;
import autogen.diff.op.TypeChange;
import autogen.migration.NameText;
import autogen.codegen.sql.PreflightSql;
import autogen.schema.QualifiedName;
import autogen.schema.TypeShape;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts figures from the live data into the hazards of a plan about to run on that data: rows holding NULL before a
 * NOT NULL, duplicate groups before a unique key, values that do not fit before a narrowing, orphans before a foreign
 * key, rows using a value an enum loses, rows breaking a new check, rows lost by a drop, and the size of a table that
 * a step locks or rewrites. Every query is read-only, in a read-only transaction that is rolled back, under a
 * statement timeout. Small tables are counted exactly; a table of {@value #LARGE_TABLE_ROWS} rows or more is
 * estimated from a {@value #SAMPLE_PERCENT}% block sample (and its NULLs from ANALYZE's statistics), and each figure
 * says which.
 */
final class Preflight {
    static final long LARGE_TABLE_ROWS = 1_000_000;
    static final long LARGE_TABLE_BYTES = 256L * 1024 * 1024;
    static final int SAMPLE_PERCENT = 1;
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(5);
    private static final String QUERY_CANCELED = "57014";

    private final Connection connection;
    private final boolean inputValidation;
    private final Map<QualifiedName, QualifiedName> formerTables = new HashMap<>();
    private final Map<String, String> formerColumns = new HashMap<>();
    /** Columns the plan adds: every existing row holds NULL in them. */
    private final Set<String> addedColumns = new HashSet<>();
    private final Map<QualifiedName, Statistics> statistics = new HashMap<>();
    private final Map<QualifiedName, String> rowFigures = new HashMap<>();

    /** Reltuples (-1 before the first ANALYZE) and size of a table, as the catalog has them. */
    private record Statistics(long rows, long bytes) {
        /** Counted from a sample: many rows, or, never analyzed, many bytes. */
        boolean large() {
            return rows >= LARGE_TABLE_ROWS || rows < 0 && bytes >= LARGE_TABLE_BYTES;
        }
    }

    private Preflight(Connection connection, MigrationPlan plan) throws SQLException {
        this.connection = connection;
        this.inputValidation = connection.getMetaData().getDatabaseMajorVersion() >= 16;
        for (Operation op : plan.up()) {
            if (op instanceof RenameTable r) {
                formerTables.put(r.renamed(), r.table());
            } else if (op instanceof RenameColumn r) {
                formerColumns.put(r.table() + "." + r.newName(), r.column());
            } else if (op instanceof AddColumn a) {
                addedColumns.add(a.table() + "." + a.column().name());
            }
        }
    }

    /** {@code plan} with a preflight note on each step whose hazards the data can put figures on. */
    static MigrationPlan annotate(Connection connection, MigrationPlan plan) throws SQLException {
        // A step's hazards in its plan are a part of its own: when no step has any, where each stands is not asked.
        if (plan.up().stream().allMatch(op -> op.hazards().isEmpty())) {
            return plan;
        }
        // Every step's hazards are read twice below: worked out once.
        List<Set<Hazard>> hazards = List.copyOf(MigrationPlan.hazardsByStep(plan.up()));
        if (hazards.stream().allMatch(Set::isEmpty)) {
            return plan;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement setup = connection.createStatement()) {
            setup.execute("set transaction read only");
            setup.execute("set local statement_timeout = " + STATEMENT_TIMEOUT.toMillis());
            setup.execute("set local lock_timeout = " + STATEMENT_TIMEOUT.toMillis());
            Preflight preflight = new Preflight(connection, plan);
            List<MigrationPlan.Note> notes = new ArrayList<>();
            for (int i = 0; i < plan.up().size(); i++) {
                if (!hazards.get(i).isEmpty()) {
                    int step = i;
                    preflight.figures(plan.up().get(i), hazards.get(i))
                            .ifPresent(text -> notes.add(new MigrationPlan.Note(step, "preflight: " + text)));
                }
            }
            return plan.withNotes(notes);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private Optional<String> figures(Operation op, Set<Hazard> hazards) throws SQLException {
        List<String> parts = new ArrayList<>();
        if (hazards.contains(Hazard.MAY_FAIL_ON_EXISTING_ROWS) || hazards.contains(Hazard.NARROWS_TYPE)) {
            failing(op).ifPresent(parts::add);
        }
        if (hazards.contains(Hazard.DELETES_DATA)) {
            lost(op).ifPresent(parts::add);
        }
        if (hazards.contains(Hazard.LOCKS_TABLE) || hazards.contains(Hazard.REWRITES_TABLE)
                || hazards.contains(Hazard.RECREATES_TYPE)) {
            for (QualifiedName table : tables(op)) {
                parts.add("rows of " + NameText.of(table) + ": " + rows(table) + ", " + size(statistics(table).bytes())
                        + " on disk");
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    /** The rows of {@code table}: counted once however many steps lock it, or the catalog's estimate. */
    private String rows(QualifiedName table) throws SQLException {
        String known = rowFigures.get(table);
        if (known == null) {
            known = statistics(table).large() ? "about " + number(statistics(table).rows()) + " (catalog estimate)"
                    : count(table, sample -> PreflightSql.rows(current(table), sample));
            rowFigures.put(table, known);
        }
        return known;
    }

    /** The rows that would make the step fail, counted the way the step's kind calls for. */
    private Optional<String> failing(Operation op) throws SQLException {
        if (op instanceof AlterColumn alter) {
            QualifiedName table = alter.table();
            String column = column(table, alter.before().name());
            List<String> parts = new ArrayList<>();
            if (!alter.before().type().equals(alter.after().type())
                    && !TypeChange.of(alter.before().type(), alter.after().type()).keepsEveryValue()) {
                notFitting(table, column, alter.after().type()).ifPresent(parts::add);
            }
            if (alter.before().nullable() && !alter.after().nullable()) {
                parts.add(addedColumns.contains(table + "." + column)
                        ? "rows to fill: " + rows(table)
                        : "rows holding NULL: " + nulls(table, column));
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
        } else if (op instanceof AddUniqueConstraint a) {
            return Optional.of(duplicates(a.table(), a.constraint().columns()));
        } else if (op instanceof CreateIndex c && c.index().unique()) {
            return Optional.of(duplicates(c.table(), c.index().columns()));
        } else if (op instanceof AddPrimaryKey a) {
            List<String> parts = new ArrayList<>(List.of(duplicates(a.table(), a.primaryKey().columns())));
            for (String column : a.primaryKey().columns()) {
                parts.add("rows holding NULL in " + column + ": " + nulls(a.table(), column(a.table(), column)));
            }
            return Optional.of(String.join("; ", parts));
        } else if (op instanceof AddForeignKey a) {
            QualifiedName table = a.table();
            List<String> columns = a.foreignKey().columns().stream().map(c -> column(table, c)).toList();
            return Optional.of("rows pointing at no row of " + NameText.of(a.foreignKey().referencedTable()) + ": "
                    + count(table, sample -> PreflightSql.orphans(current(table), a.foreignKey(), columns, sample)));
        } else if (op instanceof ChangeAllowedValues change && !change.removed().isEmpty()) {
            QualifiedName table = change.table();
            String column = column(table, change.column());
            return Optional.of("rows using " + String.join(", ", change.removed()) + ": "
                    + count(table, sample -> PreflightSql.using(current(table), column, change.removed(), sample)));
        } else if (op instanceof AlterEnumType alter) {
            List<String> removed = alter.before().values().stream()
                    .filter(v -> !alter.after().values().contains(v)).toList();
            List<String> parts = new ArrayList<>();
            for (EnumUsage usage : alter.usages()) {
                QualifiedName table = usage.table();
                String column = column(table, usage.column().name());
                if (!removed.isEmpty()) {
                    parts.add("rows of " + NameText.of(table) + " using " + String.join(", ", removed) + ": "
                            + count(table, sample -> PreflightSql.using(current(table), column, removed, sample)));
                }
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
        } else if (op instanceof AddCheckConstraint a) {
            return Optional.of("rows breaking the check: " + count(a.table(), sample -> PreflightSql.violating(
                    current(a.table()), a.check().expression(), sample)));
        }
        return Optional.empty();
    }

    private Optional<String> lost(Operation op) throws SQLException {
        if (op instanceof DropTable d) {
            QualifiedName table = d.table().name();
            return Optional.of("rows lost: " + count(table, sample -> PreflightSql.rows(current(table), sample)));
        } else if (op instanceof DropColumn d) {
            return Optional.of("values lost: " + count(d.table(), sample -> PreflightSql.nonNulls(current(d.table()),
                    column(d.table(), d.column().name()), sample)));
        }
        return Optional.empty();
    }

    private Optional<String> notFitting(QualifiedName table, String column, String type) throws SQLException {
        if (inputValidation) {
            return Optional.of("values " + type + " does not accept: " + count(table,
                    sample -> PreflightSql.notFitting(current(table), column, type, sample)));
        }
        Optional<TypeShape> shape = TypeShape.of(type);
        if (shape.isPresent() && shape.get().base().equals("character varying") && !shape.get().modifiers().isEmpty()) {
            int length = shape.get().modifiers().get(0);
            return Optional.of("values longer than " + length + ": " + count(table,
                    sample -> PreflightSql.longerThan(current(table), column, length, sample)));
        }
        return Optional.of("values not checked against " + type + " (needs PostgreSQL 16)");
    }

    private String nulls(QualifiedName table, String column) throws SQLException {
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
    private Optional<Double> statistic(String sql) throws SQLException {
        try {
            return single(sql).map(Number::doubleValue);
        } catch (TimedOut | SQLException e) {
            return Optional.empty();
        }
    }

    /**
     * Groups of rows that share their values in {@code columns}, counted; on a large table, for one column, the rows
     * that repeat a value by ANALYZE's estimate, else those a sample finds.
     */
    private String duplicates(QualifiedName table, List<String> columns) throws SQLException {
        List<String> current = columns.stream().map(c -> column(table, c)).toList();
        Statistics s = statistics(table);
        if (s.large() && current.size() == 1) {
            // A sample finds few of the rows that share a value; ANALYZE's distinct estimate says how many do.
            Optional<Double> distinct = statistic(PreflightSql.distinctValues(current(table), current.get(0)));
            Optional<Double> nulls = statistic(PreflightSql.nullFraction(current(table), current.get(0)));
            if (distinct.isPresent() && nulls.isPresent()) {
                double values = s.rows() * (1 - nulls.get());
                double distinctValues = distinct.get() >= 0 ? distinct.get() : -distinct.get() * s.rows();
                return "rows repeating another's " + columns.get(0) + ": about "
                        + number(Math.max(0, Math.round(values - distinctValues))) + " (ANALYZE statistics)";
            }
        }
        return "groups of rows sharing " + String.join(", ", columns) + ": "
                + count(table, sample -> PreflightSql.duplicateGroups(current(table), current, sample), false);
    }

    /** A query whose text depends on the sample size. */
    @FunctionalInterface
    private interface Counting {
        String sql(int sample);
    }

    private String count(QualifiedName table, Counting query) throws SQLException {
        return count(table, query, true);
    }

    /**
     * What {@code query} counts, exactly on a small table; on a large one from a sample, scaled up when it counts
     * rows ({@code scales}), a lower bound when it counts groups (those found in a sample do not scale).
     */
    private String count(QualifiedName table, Counting query, boolean scales) throws SQLException {
        boolean large = statistics(table).large();
        Optional<Number> found;
        try {
            found = single(query.sql(large ? SAMPLE_PERCENT : 100));
        } catch (TimedOut e) {
            return "not counted (the count took longer than " + STATEMENT_TIMEOUT.toSeconds() + " s)";
        } catch (SQLException e) {
            return "not counted (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
        long n = found.map(Number::longValue).orElse(0L);
        if (!large) {
            return number(n) + " (exact count)";
        }
        String figure = scales ? "about " + number(n * 100 / SAMPLE_PERCENT) : n == 0 ? "none found"
                : "at least " + number(n);
        return figure + " (" + SAMPLE_PERCENT + "% sample)";
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " kB";
        }
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }

    private Statistics statistics(QualifiedName table) throws SQLException {
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

    private List<QualifiedName> tables(Operation op) {
        if (op instanceof AlterEnumType alter) {
            return alter.usages().stream().map(EnumUsage::table).distinct().toList();
        }
        Optional<QualifiedName> table = MigrationPlan.tableOf(op);
        return table.map(List::of).orElse(List.of());
    }

    /** The name a table the plan renames has in the database now. */
    private QualifiedName current(QualifiedName table) {
        return formerTables.getOrDefault(table, table);
    }

    /** The name a column the plan renames has in the database now. */
    private String column(QualifiedName table, String column) {
        return formerColumns.getOrDefault(table + "." + column, column);
    }
}

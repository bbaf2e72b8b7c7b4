package autogen.engine;

import autogen.diff.AddedColumns;
import autogen.diff.ColumnRef;
import autogen.diff.MigrationPlan;
import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddPrimaryKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.AlterEnumType;
import autogen.diff.op.ChangeAllowedValues;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.CreateTable;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts figures from the live data into the hazards of a plan about to run on that data: rows holding NULL before a
 * NOT NULL, duplicate groups before a unique key, values that do not fit before a narrowing, orphans before a foreign
 * key, rows using a value an enum loses, rows breaking a new check, rows lost by a drop, and the size of a table that
 * a step locks or rewrites. Every query is read-only, in a read-only transaction that is rolled back, under a
 * statement timeout ({@link LiveCounts}). No query reads a table or a column that an earlier step of the plan
 * creates: what the plan puts there ({@link AddedColumns}) says what those rows hold.
 */
final class Preflight {
    private final LiveCounts counts;
    private final boolean inputValidation;
    private final Map<QualifiedName, QualifiedName> formerTables = new HashMap<>();
    private final Map<String, String> formerColumns = new HashMap<>();
    /** For each step, the columns earlier steps add; and the step that creates each table: no query reads those. */
    private final List<AddedColumns> addedByStep;
    private final Map<QualifiedName, Integer> createdAt = new HashMap<>();
    private AddedColumns added;
    private int step;

    private Preflight(Connection connection, MigrationPlan plan) throws SQLException {
        this.counts = new LiveCounts(connection, this::current);
        this.inputValidation = connection.getMetaData().getDatabaseMajorVersion() >= 16;
        this.addedByStep = AddedColumns.byStep(plan.up());
        for (int i = 0; i < plan.up().size(); i++) {
            Operation op = plan.up().get(i);
            if (op instanceof RenameTable r) {
                formerTables.put(r.renamed(), r.table());
            } else if (op instanceof RenameColumn r) {
                formerColumns.put(r.table() + "." + r.newName(), r.column());
            } else if (op instanceof CreateTable c) {
                createdAt.putIfAbsent(c.table().name(), i);
            }
        }
    }

    /** The figures of the step at {@code at}, read from what the database holds before it. */
    private Optional<String> figures(int at, Operation op, Set<Hazard> hazards) throws SQLException {
        step = at;
        added = addedByStep.get(at);
        return figures(op, hazards);
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
            setup.execute("set local statement_timeout = " + LiveCounts.STATEMENT_TIMEOUT.toMillis());
            setup.execute("set local lock_timeout = " + LiveCounts.STATEMENT_TIMEOUT.toMillis());
            Preflight preflight = new Preflight(connection, plan);
            List<MigrationPlan.Note> notes = new ArrayList<>();
            for (int i = 0; i < plan.up().size(); i++) {
                if (!hazards.get(i).isEmpty()) {
                    int step = i;
                    preflight.figures(i, plan.up().get(i), hazards.get(i))
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
                parts.add("rows of " + NameText.of(table) + ": " + counts.rows(table) + ", "
                        + LiveCounts.size(counts.statistics(table).bytes())
                        + " on disk");
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    /** The rows that would make the step fail, counted the way the step's kind calls for. */
    private Optional<String> failing(Operation op) throws SQLException {
        if (op instanceof AlterColumn alter) {
            QualifiedName table = alter.table();
            String column = column(table, alter.before().name());
            List<String> parts = new ArrayList<>();
            boolean isNew = isAdded(table, alter.after().name());
            if (!alter.before().type().equals(alter.after().type())
                    && !TypeChange.of(alter.before().type(), alter.after().type()).keepsEveryValue()) {
                parts.add(isNew ? "values " + alter.after().type() + " does not accept: not counted (the migration"
                        + " adds " + column + ")" : notFitting(table, column, alter.after().type()));
            }
            if (alter.before().nullable() && !alter.after().nullable()) {
                parts.add(isNew ? "rows to fill: " + counts.rows(table)
                        : "rows holding NULL: " + counts.nulls(table, column));
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
        } else if (op instanceof AddUniqueConstraint a) {
            return Optional.of(duplicates(a.table(), a.constraint().columns()));
        } else if (op instanceof CreateIndex c && c.index().unique()) {
            return Optional.of(duplicates(c.table(), c.index().columns()));
        } else if (op instanceof AddPrimaryKey a) {
            List<String> parts = new ArrayList<>(List.of(duplicates(a.table(), a.primaryKey().columns())));
            for (String column : a.primaryKey().columns()) {
                Optional<AddedColumns.Holds> holds = added.holds(new ColumnRef(a.table(), column));
                if (holds.isEmpty()) {
                    parts.add("rows holding NULL in " + column + ": "
                            + counts.nulls(a.table(), column(a.table(), column)));
                } else if (holds.get() == AddedColumns.Holds.ONLY_NULL) {
                    parts.add("rows holding NULL in " + column + ": every row, " + counts.rows(a.table()));
                }
            }
            return Optional.of(String.join("; ", parts));
        } else if (op instanceof AddForeignKey a) {
            return Optional.of(orphans(a));
        } else if (op instanceof ChangeAllowedValues change && isAdded(change.table(), change.column())) {
            return Optional.of("rows using " + String.join(", ", change.removed()) + ": not counted (the migration"
                    + " adds " + change.column() + ")");
        } else if (op instanceof ChangeAllowedValues change && !change.removed().isEmpty()) {
            QualifiedName table = change.table();
            String column = column(table, change.column());
            return Optional.of("rows using " + String.join(", ", change.removed()) + ": "
                    + counts.count(table, sample -> PreflightSql.using(current(table), column, change.removed(),
                            sample)));
        } else if (op instanceof AlterEnumType alter) {
            List<String> removed = alter.before().values().stream()
                    .filter(v -> !alter.after().values().contains(v)).toList();
            List<String> parts = new ArrayList<>();
            for (EnumUsage usage : alter.usages()) {
                QualifiedName table = usage.table();
                String column = column(table, usage.column().name());
                if (!removed.isEmpty() && !isAdded(table, usage.column().name())) {
                    parts.add("rows of " + NameText.of(table) + " using " + String.join(", ", removed) + ": "
                            + counts.count(table, sample -> PreflightSql.using(current(table), column, removed,
                                    sample)));
                }
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
        } else if (op instanceof AddCheckConstraint a && added.anyOn(a.table())) {
            // Which columns the check reads is PostgreSQL's to know; some may not exist before the migration.
            return Optional.of("rows breaking the check: not counted (the migration adds columns to "
                    + NameText.of(a.table()) + " first)");
        } else if (op instanceof AddCheckConstraint a) {
            return Optional.of("rows breaking the check: " + counts.count(a.table(), sample -> PreflightSql.violating(
                    current(a.table()), a.check().expression(), sample)));
        }
        return Optional.empty();
    }

    private Optional<String> lost(Operation op) throws SQLException {
        if (op instanceof DropTable d) {
            QualifiedName table = d.table().name();
            return Optional.of("rows lost: " + counts.count(table,
                    sample -> PreflightSql.rows(current(table), sample)));
        } else if (op instanceof DropColumn d) {
            return Optional.of("values lost: " + counts.count(d.table(), sample -> PreflightSql.nonNulls(
                    current(d.table()), column(d.table(), d.column().name()), sample)));
        }
        return Optional.empty();
    }

    private String notFitting(QualifiedName table, String column, String type) throws SQLException {
        if (inputValidation) {
            return "values " + type + " does not accept: " + counts.count(table,
                    sample -> PreflightSql.notFitting(current(table), column, type, sample));
        }
        Optional<TypeShape> shape = TypeShape.of(type);
        if (shape.isPresent() && shape.get().base().equals("character varying") && !shape.get().modifiers().isEmpty()) {
            int length = shape.get().modifiers().get(0);
            return "values longer than " + length + ": " + counts.count(table,
                    sample -> PreflightSql.longerThan(current(table), column, length, sample));
        }
        return "values not checked against " + type + " (needs PostgreSQL 16)";
    }

    /** Whether an earlier step of the plan adds the column: the database does not have it yet. */
    private boolean isAdded(QualifiedName table, String column) {
        return added.holds(new ColumnRef(table, column)).isPresent();
    }

    /**
     * Rows pointing at no row of the referenced table: none to count in a column the plan fills with values of its
     * own, and every row that points anywhere when the plan creates the referenced table (empty).
     */
    private String orphans(AddForeignKey a) throws SQLException {
        QualifiedName table = a.table();
        QualifiedName referenced = a.foreignKey().referencedTable();
        String what = "rows pointing at no row of " + NameText.of(referenced) + ": ";
        Optional<String> filled = a.foreignKey().columns().stream().filter(c -> isAdded(table, c)).findFirst();
        if (filled.isPresent()) {
            return what + "not counted (the migration fills " + filled.get() + ")";
        }
        List<String> columns = a.foreignKey().columns().stream().map(c -> column(table, c)).toList();
        if (createdAt.getOrDefault(referenced, Integer.MAX_VALUE) < step) {
            return what + counts.count(table, sample -> PreflightSql.withValues(current(table), columns, sample))
                    + ", every row holding a key (the migration creates " + NameText.of(referenced) + ")";
        }
        return what + counts.count(table,
                sample -> PreflightSql.orphans(current(table), a.foreignKey(), columns, sample));
    }

    /**
     * Groups of rows that share their values in {@code columns}, counted; on a large table, for one column, the rows
     * that repeat a value by ANALYZE's estimate, else those a sample finds.
     */
    private String duplicates(QualifiedName table, List<String> columns) throws SQLException {
        List<String> existing = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (String column : columns) {
            Optional<AddedColumns.Holds> holds = added.holds(new ColumnRef(table, column));
            if (holds.isEmpty()) {
                existing.add(column);
            } else if (holds.get() == AddedColumns.Holds.ONLY_NULL) {
                return "groups of rows sharing " + String.join(", ", columns) + ": none (" + column + " holds NULL in"
                        + " every row)";
            } else if (holds.get() == AddedColumns.Holds.COMPUTED) {
                return "groups of rows sharing " + String.join(", ", columns) + ": not counted (the migration"
                        + " computes " + column + ")";
            } else {
                same.add(column);
            }
        }
        if (same.isEmpty()) {
            return duplicatesOf(table, columns);
        }
        String given = String.join(", ", same) + (same.size() == 1 ? " is" : " are")
                + " the same in every row, from the migration";
        if (existing.isEmpty()) {
            return "rows sharing " + String.join(", ", columns) + " (" + given + "; the key fails on 2 or more): "
                    + counts.rows(table);
        }
        return duplicatesOf(table, existing) + " (" + given + ")";
    }

    /** Groups of rows sharing their values in {@code columns}, all of which the database has. */
    private String duplicatesOf(QualifiedName table, List<String> columns) throws SQLException {
        List<String> current = columns.stream().map(c -> column(table, c)).toList();
        LiveCounts.Statistics s = counts.statistics(table);
        if (s.large() && current.size() == 1) {
            // A sample finds few of the rows that share a value; ANALYZE's distinct estimate says how many do.
            Optional<Double> distinct = counts.statistic(PreflightSql.distinctValues(current(table), current.get(0)));
            Optional<Double> nulls = counts.statistic(PreflightSql.nullFraction(current(table), current.get(0)));
            if (distinct.isPresent() && nulls.isPresent()) {
                double values = s.rows() * (1 - nulls.get());
                double distinctValues = distinct.get() >= 0 ? distinct.get() : -distinct.get() * s.rows();
                return "rows repeating another's " + columns.get(0) + ": about "
                        + LiveCounts.number(Math.max(0, Math.round(values - distinctValues))) + " (ANALYZE statistics)";
            }
        }
        return "groups of rows sharing " + String.join(", ", columns) + ": "
                + counts.count(table, sample -> PreflightSql.duplicateGroups(current(table), current, sample), false);
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

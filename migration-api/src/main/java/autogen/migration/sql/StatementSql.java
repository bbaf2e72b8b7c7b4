package autogen.migration.sql;

import static autogen.migration.sql.Sql.ident;
import static autogen.migration.sql.Sql.idents;
import static autogen.migration.sql.Sql.name;

import autogen.migration.ColumnChange;
import autogen.migration.Rerun;
import autogen.migration.Statement;
import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.NamingConvention;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.Sequence;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The PostgreSQL DDL of each statement a migration runs, from the schema model's records: the one place DDL
 * text is written. The runtime API calls it for migration files, and the plan renderer for the differ's
 * operations.
 */
public final class StatementSql {
    private StatementSql() {
    }

    public static String renameConstraintSql(QualifiedName table, String from, String to) {
        return alterTable(table, "rename constraint " + ident(from) + " to " + ident(to));
    }

    /** Indexes live in their table's schema, so {@code index} carries that schema. */
    public static String renameIndexSql(QualifiedName index, String to) {
        return "alter index " + name(index) + " rename to " + ident(to);
    }

    /** Renames a table within its schema. */
    public static String renameTableSql(QualifiedName table, String to) {
        return alterTable(table, "rename to " + ident(to));
    }

    public static String renameColumnSql(QualifiedName table, String from, String to) {
        return alterTable(table, "rename column " + ident(from) + " to " + ident(to));
    }

    /** Drops a check and adds its replacement in one statement, so no moment is left without either. */
    public static String replaceCheckConstraintSql(QualifiedName table, String dropped, CheckConstraint check) {
        return alterTable(table, "drop constraint " + ident(dropped) + ",\n    add " + checkClause(check));
    }

    /**
     * Changes the numbers stored in an ORDINAL enum column from the ordinals of {@code before} to those of
     * {@code after}, first refusing, with a clear message, while a row holds the number of a constant that
     * {@code after} no longer has: {@link #remapOrdinalsGuardSql} then {@link #remapOrdinalsUpdateSql}.
     */
    public static List<String> remapOrdinalsSql(QualifiedName table, String column, List<String> before,
                                                List<String> after) {
        List<String> statements = new ArrayList<>();
        remapOrdinalsGuardSql(table, column, before, after).ifPresent(statements::add);
        remapOrdinalsUpdateSql(table, column, before, after).ifPresent(statements::add);
        return statements;
    }

    /** The guard that refuses while a row holds the number of a constant {@code after} no longer has, if any. */
    public static Optional<String> remapOrdinalsGuardSql(QualifiedName table, String column, List<String> before,
                                                         List<String> after) {
        List<Integer> removed = new ArrayList<>();
        List<String> removedNames = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!after.contains(before.get(i))) {
                removed.add(i);
                removedNames.add(before.get(i));
            }
        }
        if (removed.isEmpty()) {
            return Optional.empty();
        }
        String message = table.name() + "." + column + " holds the numbers of " + String.join(", ", removedNames)
                + ", which the enum no longer has: map those rows to a remaining constant or delete them first";
        return Optional.of(refuseIfAnyRow(table, ident(column) + " in (" + removed.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ")", message));
    }

    /** The update that moves each kept constant's number to its new ordinal, if any moves. */
    public static Optional<String> remapOrdinalsUpdateSql(QualifiedName table, String column, List<String> before,
                                                          List<String> after) {
        StringBuilder cases = new StringBuilder();
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            int j = after.indexOf(before.get(i));
            if (j >= 0 && j != i) {
                cases.append(" when ").append(i).append(" then ").append(j);
                moved.add(Integer.toString(i));
            }
        }
        return moved.isEmpty() ? Optional.empty() : Optional.of("update " + name(table) + " set " + ident(column)
                + " = case " + ident(column) + cases + " end where " + ident(column) + " in ("
                + String.join(", ", moved) + ")");
    }

    /** Fills the NULLs of a column with {@code expression}, before it becomes NOT NULL. */
    public static String backfillSql(QualifiedName table, String column, String expression) {
        return "update " + name(table) + " set " + ident(column) + " = " + expression + " where " + ident(column)
                + " is null";
    }

    /**
     * Refuses to go on while a row holds NULL in a column about to become NOT NULL with no backfill written yet:
     * a clear message instead of a bare NOT NULL violation, and nothing invented in its place.
     */
    public static String requireBackfillSql(QualifiedName table, String column) {
        String message = table.name() + "." + column + " holds NULL in existing rows and is about to become NOT NULL:"
                + " write the backfill that fills it into this migration, in place of this guard, then run it again";
        return refuseIfAnyRow(table, ident(column) + " is null", message);
    }

    /** A guard that stops the migration with {@code message} while a row of {@code table} matches {@code where}. */
    private static String refuseIfAnyRow(QualifiedName table, String where, String message) {
        // RAISE reads % in its format as a placeholder, so the message goes in as a parameter.
        String body = "\nbegin\n    if exists (select from " + name(table) + " where " + where + ") then\n"
                + "        raise exception '%', " + Sql.literal(message) + ";\n    end if;\nend\n";
        return "do " + Sql.dollarQuoted(body);
    }

    /**
     * Adds back a NOT NULL column that has no default, giving the rows that exist {@code fill} through a default
     * that is dropped again at once: a constant default fills them without rewriting the table.
     */
    public static List<String> restoreColumnSql(QualifiedName table, Column column, String fill) {
        List<String> statements = new ArrayList<>(addColumnSql(table, column.withDefault(Optional.of(fill))));
        statements.add(1, alterTable(table, "alter column " + ident(column.name()) + " drop default"));
        return statements;
    }

    public static List<String> createTableSql(Table table) {
        List<String> lines = new ArrayList<>();
        table.columns().forEach(c -> lines.add(ColumnSql.columnDefinition(c)));
        table.primaryKey().ifPresent(pk -> lines.add(primaryKeyClause(pk)));
        table.uniqueConstraints().forEach(u -> lines.add(uniqueClause(u)));
        table.checks().forEach(c -> lines.add(checkClause(c)));
        table.foreignKeys().forEach(fk -> lines.add("constraint " + ident(fk.name()) + " " + foreignKeyClause(fk)));
        List<String> statements = new ArrayList<>();
        statements.add("create table " + name(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)");
        table.comment().ifPresent(c -> statements.add(tableCommentSql(table.name(), Optional.of(c))));
        table.columns().forEach(c -> c.comment().ifPresent(text ->
                statements.add(columnCommentSql(table.name(), c.name(), Optional.of(text)))));
        return statements;
    }

    public static String dropTableSql(QualifiedName table) {
        return "drop table " + name(table);
    }

    public static List<String> addColumnSql(QualifiedName table, Column column) {
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(table, "add column " + ColumnSql.columnDefinition(column)));
        column.comment().ifPresent(c -> statements.add(columnCommentSql(table, column.name(), Optional.of(c))));
        return statements;
    }

    public static String dropColumnSql(QualifiedName table, String column) {
        return alterTable(table, "drop column " + ident(column));
    }

    public static String alterColumnSql(QualifiedName table, String column, List<ColumnChange> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("alter column " + column + " of " + table + " names no change");
        }
        String prefix = "alter column " + ident(column) + " ";
        return alterTable(table, changes.stream().map(c -> prefix + ColumnSql.columnChange(column, c))
                .collect(Collectors.joining(",\n    ")));
    }

    public static String addPrimaryKeySql(QualifiedName table, PrimaryKey primaryKey) {
        return alterTable(table, "add " + primaryKeyClause(primaryKey));
    }

    public static String addUniqueConstraintSql(QualifiedName table, UniqueConstraint unique) {
        return alterTable(table, "add " + uniqueClause(unique));
    }

    public static String addCheckConstraintSql(QualifiedName table, CheckConstraint check) {
        return alterTable(table, "add " + checkClause(check));
    }

    public static String addForeignKeySql(QualifiedName table, ForeignKey foreignKey) {
        return alterTable(table, "add constraint " + ident(foreignKey.name()) + " " + foreignKeyClause(foreignKey));
    }

    public static String dropConstraintSql(QualifiedName table, String constraint) {
        return alterTable(table, "drop constraint " + ident(constraint));
    }

    public static String createIndexSql(QualifiedName table, Index index) {
        return "create " + (index.unique() ? "unique " : "") + "index " + ident(index.name()) + " on "
                + name(table) + " (" + idents(index.columns()) + ")";
    }

    /** Indexes live in their table's schema, so {@code index} carries that schema. */
    public static String dropIndexSql(QualifiedName index) {
        return "drop index " + name(index);
    }

    /**
     * Builds an index without blocking writes: outside a transaction, after dropping what a concurrent build that
     * failed or was cut short left under its name (an invalid index), and dropped again should a later statement
     * of the migration fail.
     */
    public static List<Statement> createIndexConcurrentlySql(QualifiedName table, Index index) {
        QualifiedName name = new QualifiedName(table.schema(), index.name());
        String drop = dropIndexConcurrentlySql(name);
        // Dropping what is not there again is harmless: the cleanup's own undo, and it runs again as it is.
        // After an interruption a valid index under the name is the build's, finished; an invalid one is dropped.
        return List.of(Statement.outsideTransaction(drop, Optional.of(drop), Rerun.AS_IS),
                Statement.outsideTransaction("create " + (index.unique() ? "unique " : "") + "index concurrently "
                        + ident(index.name()) + " on " + name(table) + " (" + idents(index.columns()) + ")",
                        Optional.of(drop), new Rerun.UnlessDone(validIndexSql(name), List.of(drop))));
    }

    /** Whether {@code index} exists and is valid: a concurrent build that was cut short leaves it invalid. */
    public static String validIndexSql(QualifiedName index) {
        return "select coalesce((select indisvalid from pg_index where indexrelid = to_regclass("
                + Sql.literal(name(index)) + ")), false)";
    }

    /** A drop that runs again as it is: an interrupted one leaves the index invalid, or gone. */
    public static Statement dropIndexConcurrently(QualifiedName index) {
        return Statement.outsideTransaction(dropIndexConcurrentlySql(index), Optional.empty(), Rerun.AS_IS);
    }

    public static String dropIndexConcurrentlySql(QualifiedName index) {
        return "drop index concurrently if exists " + name(index);
    }

    /**
     * Adds a constraint without scanning the table under its lock: added {@code NOT VALID} (new rows are checked at
     * once), then validated in a transaction of its own, which reads the table under a lock that lets writes go on.
     */
    /**
     * Makes a column NOT NULL without scanning the table under an ACCESS EXCLUSIVE lock: a check that it is not null
     * is added {@code NOT VALID} and validated (under a lock that lets writes go on), which lets {@code SET NOT NULL}
     * skip its scan; the check is then dropped.
     */
    public static List<Statement> setNotNullOnlineSql(QualifiedName table, String column) {
        String check = NamingConvention.fit("nn_" + table.name() + "_" + column);
        List<Statement> statements = new ArrayList<>(notValidThenValidated(table, check,
                "check (" + ident(column) + " is not null)"));
        statements.add(Statement.of(alterColumnSql(table, column, List.of(new ColumnChange.SetNotNull()))));
        statements.add(Statement.of(dropConstraintSql(table, check)));
        return statements;
    }

    public static List<Statement> addForeignKeyNotValidSql(QualifiedName table, ForeignKey foreignKey) {
        return notValidThenValidated(table, foreignKey.name(), foreignKeyClause(foreignKey));
    }

    public static List<Statement> addCheckNotValidSql(QualifiedName table, CheckConstraint check) {
        return notValidThenValidated(table, check.name(), "check (" + check.expression() + ")");
    }

    private static List<Statement> notValidThenValidated(QualifiedName table, String name, String definition) {
        String drop = alterTable(table, "drop constraint if exists " + ident(name));
        return List.of(new Statement(alterTable(table, "add constraint " + ident(name) + " " + definition
                + " not valid"), true, Optional.of(drop)),
                Statement.outsideTransaction(alterTable(table, "validate constraint " + ident(name)),
                        Optional.of(drop), Rerun.AS_IS));
    }

    /**
     * A unique constraint built on a unique index made concurrently: only the last statement takes a strong lock,
     * and only for a moment.
     */
    public static List<Statement> addUniqueUsingIndexSql(QualifiedName table, UniqueConstraint unique) {
        return usingIndex(table, unique.name(), unique.columns(), "unique");
    }

    /** A primary key on a unique index built concurrently, as {@link #addUniqueUsingIndexSql} adds a unique key. */
    public static List<Statement> addPrimaryKeyUsingIndexSql(QualifiedName table, PrimaryKey primaryKey) {
        return usingIndex(table, primaryKey.name(), primaryKey.columns(), "primary key");
    }

    private static List<Statement> usingIndex(QualifiedName table, String name, List<String> columns, String kind) {
        List<Statement> statements = new ArrayList<>(createIndexConcurrentlySql(table, new Index(name, columns, true)));
        statements.add(Statement.of(alterTable(table, "add constraint " + ident(name) + " " + kind + " using index "
                + ident(name))));
        return statements;
    }

    public static String createSequenceSql(Sequence sequence) {
        return "create sequence " + name(sequence.name()) + " start with " + sequence.start()
                + " increment by " + sequence.increment();
    }

    public static String alterSequenceSql(Sequence sequence) {
        return "alter sequence " + name(sequence.name()) + " increment by " + sequence.increment()
                + " start with " + sequence.start();
    }

    public static String dropSequenceSql(QualifiedName sequence) {
        return "drop sequence " + name(sequence);
    }

    public static String createSchemaSql(String schema) {
        return "create schema " + ident(schema);
    }

    public static String dropSchemaSql(String schema) {
        return "drop schema " + ident(schema);
    }

    public static String tableCommentSql(QualifiedName table, Optional<String> comment) {
        return "comment on table " + name(table) + " is " + comment.map(Sql::literal).orElse("null");
    }

    public static String columnCommentSql(QualifiedName table, String column, Optional<String> comment) {
        return "comment on column " + name(table) + "." + ident(column) + " is "
                + comment.map(Sql::literal).orElse("null");
    }

    static String alterTable(QualifiedName table, String action) {
        return "alter table " + name(table) + " " + action;
    }

    private static String primaryKeyClause(PrimaryKey pk) {
        return "constraint " + ident(pk.name()) + " primary key (" + idents(pk.columns()) + ")";
    }

    private static String uniqueClause(UniqueConstraint unique) {
        return "constraint " + ident(unique.name()) + " unique (" + idents(unique.columns()) + ")";
    }

    private static String checkClause(CheckConstraint check) {
        return "constraint " + ident(check.name()) + " check (" + check.expression() + ")";
    }

    private static String foreignKeyClause(ForeignKey fk) {
        StringBuilder sql = new StringBuilder("foreign key (").append(idents(fk.columns())).append(") references ")
                .append(name(fk.referencedTable())).append(" (").append(idents(fk.referencedColumns())).append(")");
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" on delete ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" on update ").append(fk.onUpdate().sql());
        }
        return sql.toString();
    }
}

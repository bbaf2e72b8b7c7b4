package autogen.migration;

import autogen.migration.sql.EnumTypeSql;
import autogen.migration.sql.SerialSql;
import autogen.migration.sql.StatementSql;
import autogen.migration.sql.TriggerSql;
import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.Sequence;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Runs a migration's calls by writing each as PostgreSQL ({@link StatementSql}) and passing the statement on. */
public final class SqlOperations implements Operations {
    private final Consumer<Statement> statements;

    /** {@code statements} receives each statement in order: a runner, or a list for review. */
    public SqlOperations(Consumer<Statement> statements) {
        this.statements = statements;
    }

    /** The statements of {@code migration}'s upgrade, or of its downgrade. */
    public static List<Statement> statements(Migration migration, boolean upgrade) {
        List<Statement> statements = new ArrayList<>();
        SqlOperations op = new SqlOperations(statements::add);
        if (upgrade) {
            migration.upgrade(op);
        } else {
            migration.downgrade(op);
        }
        return statements;
    }

    @Override
    public void createTable(String table, TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        Optional<PrimaryKey> primaryKey = Optional.empty();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        Optional<String> comment = Optional.empty();
        for (TableElement element : elements) {
            if (element instanceof ColumnSpec c) {
                columns.add(c.column());
            } else if (element instanceof TableElement.PrimaryKeySpec pk) {
                primaryKey = Optional.of(new PrimaryKey(pk.name(), pk.columns()));
            } else if (element instanceof TableElement.UniqueSpec u) {
                uniques.add(new UniqueConstraint(u.name(), u.columns()));
            } else if (element instanceof TableElement.CheckSpec c) {
                checks.add(new CheckConstraint(c.name(), c.expression()));
            } else if (element instanceof TableElement.CommentSpec c) {
                comment = Optional.of(c.text());
            }
        }
        emit(StatementSql.createTableSql(new Table(NameText.parse(table), columns, primaryKey, List.of(), uniques,
                List.of(), checks, comment)));
    }

    @Override
    public void dropTable(String table) {
        emit(StatementSql.dropTableSql(NameText.parse(table)));
    }

    @Override
    public void addColumn(String table, ColumnSpec column) {
        emit(StatementSql.addColumnSql(NameText.parse(table), column.column()));
    }

    @Override
    public void dropColumn(String table, String column) {
        emit(StatementSql.dropColumnSql(NameText.parse(table), column));
    }

    @Override
    public void restoreColumn(String table, ColumnSpec column, String fillExisting) {
        emit(StatementSql.restoreColumnSql(NameText.parse(table), column.column(), fillExisting));
    }

    @Override
    public void renameTable(String table, String newName) {
        emit(StatementSql.renameTableSql(NameText.parse(table), newName));
    }

    @Override
    public void renameColumn(String table, String column, String newName) {
        emit(StatementSql.renameColumnSql(NameText.parse(table), column, newName));
    }

    @Override
    public void backfill(String table, String column, String expression) {
        emit(StatementSql.backfillSql(NameText.parse(table), column, expression));
    }

    @Override
    public void requireBackfill(String table, String column) {
        statements.accept(Statement.guard(StatementSql.requireBackfillSql(NameText.parse(table), column)));
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange... changes) {
        emit(StatementSql.alterColumnSql(NameText.parse(table), column, List.of(changes)));
    }

    @Override
    public void addPrimaryKey(String table, String name, String... columns) {
        emit(StatementSql.addPrimaryKeySql(NameText.parse(table), new PrimaryKey(name, List.of(columns))));
    }

    @Override
    public void addUniqueConstraint(String table, String name, String... columns) {
        emit(StatementSql.addUniqueConstraintSql(NameText.parse(table), new UniqueConstraint(name, List.of(columns))));
    }

    @Override
    public void addForeignKey(String table, String name, ForeignKeySpec fk) {
        emit(StatementSql.addForeignKeySql(NameText.parse(table), foreignKey(name, fk)));
    }

    private static ForeignKey foreignKey(String name, ForeignKeySpec fk) {
        return new ForeignKey(name, fk.columns(), NameText.parse(fk.referencedTable()), fk.referencedColumns(),
                fk.onDelete(), fk.onUpdate());
    }

    @Override
    public void dropConstraint(String table, String name) {
        emit(StatementSql.dropConstraintSql(NameText.parse(table), name));
    }

    @Override
    public void createIndex(String table, String name, String... columns) {
        emit(StatementSql.createIndexSql(NameText.parse(table), new Index(name, List.of(columns), false)));
    }

    @Override
    public void createUniqueIndex(String table, String name, String... columns) {
        emit(StatementSql.createIndexSql(NameText.parse(table), new Index(name, List.of(columns), true)));
    }

    @Override
    public void dropIndex(String table, String name) {
        emit(StatementSql.dropIndexSql(new QualifiedName(NameText.parse(table).schema(), name)));
    }

    @Override
    public void createSequence(String sequence, long start, long increment) {
        emit(StatementSql.createSequenceSql(new Sequence(NameText.parse(sequence), start, increment)));
    }

    @Override
    public void alterSequence(String sequence, long start, long increment) {
        emit(StatementSql.alterSequenceSql(new Sequence(NameText.parse(sequence), start, increment)));
    }

    @Override
    public void dropSequence(String sequence) {
        emit(StatementSql.dropSequenceSql(NameText.parse(sequence)));
    }

    @Override
    public void setSequenceOwner(String sequence, String table, String column) {
        emit(SerialSql.ownedBySql(NameText.parse(sequence), Optional.of(new Sequence.Owner(NameText.parse(table),
                column))));
    }

    @Override
    public void removeSequenceOwner(String sequence) {
        emit(SerialSql.ownedBySql(NameText.parse(sequence), Optional.empty()));
    }

    @Override
    public void convertSerialToIdentity(String table, String column, String sequence, boolean always) {
        emit(SerialSql.toIdentitySql(NameText.parse(table), column, NameText.parse(sequence), always));
    }

    @Override
    public void convertIdentityToSerial(String table, String column, String sequence, long start, long increment) {
        emit(SerialSql.toSerialSql(NameText.parse(table), column, new Sequence(NameText.parse(sequence), start,
                increment)));
    }

    @Override
    public void createSchema(String schema) {
        emit(StatementSql.createSchemaSql(schema));
    }

    @Override
    public void dropSchema(String schema) {
        emit(StatementSql.dropSchemaSql(schema));
    }

    @Override
    public void createEnumType(String type, String... values) {
        emit(EnumTypeSql.createEnumTypeSql(NameText.parse(type), List.of(values)));
    }

    @Override
    public void dropEnumType(String type) {
        emit(EnumTypeSql.dropEnumTypeSql(NameText.parse(type)));
    }

    @Override
    public void addEnumValue(String type, String value) {
        emit(EnumTypeSql.addEnumValueSql(NameText.parse(type), value, Optional.empty()));
    }

    @Override
    public void addEnumValueBefore(String type, String value, String existing) {
        emit(EnumTypeSql.addEnumValueSql(NameText.parse(type), value, Optional.of(existing)));
    }

    @Override
    public void addEnumValueInOwnStep(String type, String value) {
        statements.accept(EnumTypeSql.addEnumValueOwnStep(NameText.parse(type), value, Optional.empty()));
    }

    @Override
    public void addEnumValueBeforeInOwnStep(String type, String value, String existing) {
        statements.accept(EnumTypeSql.addEnumValueOwnStep(NameText.parse(type), value, Optional.of(existing)));
    }

    @Override
    public void recreateEnumType(String type, List<String> values, EnumColumn... usages) {
        emit(EnumTypeSql.recreateEnumTypeSql(NameText.parse(type), values, List.of(usages)));
    }

    @Override
    public void addCheckConstraint(String table, String name, String expression) {
        emit(StatementSql.addCheckConstraintSql(NameText.parse(table), new CheckConstraint(name, expression)));
    }

    @Override
    public void remapOrdinals(String table, String column, List<String> before, List<String> after) {
        QualifiedName name = NameText.parse(table);
        StatementSql.remapOrdinalsGuardSql(name, column, before, after).map(Statement::guard)
                .ifPresent(statements);
        StatementSql.remapOrdinalsUpdateSql(name, column, before, after).ifPresent(this::emit);
    }

    @Override
    public void replaceCheckConstraint(String table, String dropped, String name, String expression) {
        emit(StatementSql.replaceCheckConstraintSql(NameText.parse(table), dropped,
                new CheckConstraint(name, expression)));
    }

    @Override
    public void renameConstraint(String table, String from, String to) {
        emit(StatementSql.renameConstraintSql(NameText.parse(table), from, to));
    }

    @Override
    public void renameIndex(String table, String from, String to) {
        emit(StatementSql.renameIndexSql(new QualifiedName(NameText.parse(table).schema(), from), to));
    }

    @Override
    public void setTableComment(String table, String comment) {
        emit(StatementSql.tableCommentSql(NameText.parse(table), Optional.of(comment)));
    }

    @Override
    public void removeTableComment(String table) {
        emit(StatementSql.tableCommentSql(NameText.parse(table), Optional.empty()));
    }

    @Override
    public void setColumnComment(String table, String column, String comment) {
        emit(StatementSql.columnCommentSql(NameText.parse(table), column, Optional.of(comment)));
    }

    @Override
    public void removeColumnComment(String table, String column) {
        emit(StatementSql.columnCommentSql(NameText.parse(table), column, Optional.empty()));
    }

    @Override
    public void createTriggerFunction(String function, String body) {
        emit(TriggerSql.createFunctionSql(NameText.parse(function), body));
    }

    @Override
    public void dropTriggerFunction(String function) {
        emit(TriggerSql.dropFunctionSql(NameText.parse(function)));
    }

    @Override
    public void createTrigger(String table, String trigger, String function) {
        emit(TriggerSql.createTriggerSql(NameText.parse(table), trigger, NameText.parse(function)));
    }

    @Override
    public void dropTrigger(String table, String trigger) {
        emit(TriggerSql.dropTriggerSql(NameText.parse(table), trigger));
    }

    @Override
    public void execute(String sql) {
        emit(sql);
    }

    @Override
    public void executeWithoutTransaction(String sql) {
        statements.accept(new Statement(sql, false));
    }

    @Override
    public void createIndexConcurrently(String table, String name, String... columns) {
        StatementSql.createIndexConcurrentlySql(NameText.parse(table), new Index(name, List.of(columns), false))
                .forEach(statements);
    }

    @Override
    public void createUniqueIndexConcurrently(String table, String name, String... columns) {
        StatementSql.createIndexConcurrentlySql(NameText.parse(table), new Index(name, List.of(columns), true))
                .forEach(statements);
    }

    @Override
    public void dropIndexConcurrently(String table, String name) {
        statements.accept(StatementSql.dropIndexConcurrently(
                new QualifiedName(NameText.parse(table).schema(), name)));
    }

    @Override
    public void addForeignKeyNotValid(String table, String name, ForeignKeySpec foreignKey) {
        StatementSql.addForeignKeyNotValidSql(NameText.parse(table), foreignKey(name, foreignKey))
                .forEach(statements);
    }

    @Override
    public void addCheckConstraintNotValid(String table, String name, String expression) {
        StatementSql.addCheckNotValidSql(NameText.parse(table), new CheckConstraint(name, expression))
                .forEach(statements);
    }

    @Override
    public void setNotNullOnline(String table, String column) {
        StatementSql.setNotNullOnlineSql(NameText.parse(table), column).forEach(statements);
    }

    @Override
    public void addPrimaryKeyUsingIndex(String table, String name, String... columns) {
        StatementSql.addPrimaryKeyUsingIndexSql(NameText.parse(table), new PrimaryKey(name, List.of(columns)))
                .forEach(statements);
    }

    @Override
    public void addUniqueConstraintUsingIndex(String table, String name, String... columns) {
        StatementSql.addUniqueUsingIndexSql(NameText.parse(table), new UniqueConstraint(name, List.of(columns)))
                .forEach(statements);
    }

    private void emit(String sql) {
        statements.accept(Statement.of(sql));
    }

    private void emit(List<String> sql) {
        sql.forEach(this::emit);
    }
}

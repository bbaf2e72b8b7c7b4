package autogen.codegen.sql;

import static autogen.codegen.sql.Sql.ident;
import static autogen.codegen.sql.Sql.idents;
import static autogen.codegen.sql.Sql.name;

import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.AddColumn;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddPrimaryKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.AlterEnumType;
import autogen.diff.op.AlterSequence;
import autogen.diff.op.CreateEnumType;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.CreateSchema;
import autogen.diff.op.CreateSequence;
import autogen.diff.op.CreateTable;
import autogen.diff.op.CreateTrigger;
import autogen.diff.op.CreateTriggerFunction;
import autogen.diff.op.DropTrigger;
import autogen.diff.op.DropTriggerFunction;
import autogen.diff.op.ReplaceTriggerFunction;
import autogen.diff.op.DropCheckConstraint;
import autogen.diff.op.DropColumn;
import autogen.diff.op.DropEnumType;
import autogen.diff.op.DropForeignKey;
import autogen.diff.op.DropIndex;
import autogen.diff.op.DropPrimaryKey;
import autogen.diff.op.DropSchema;
import autogen.diff.op.DropSequence;
import autogen.diff.op.DropTable;
import autogen.diff.op.DropUniqueConstraint;
import autogen.diff.op.OperationVisitor;
import autogen.diff.op.RenameConstraint;
import autogen.diff.op.RenameIndex;
import autogen.diff.op.SetColumnComment;
import autogen.diff.op.SetTableComment;
import autogen.migration.ColumnChange;
import autogen.migration.EnumColumn;
import autogen.migration.NameText;
import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
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
 * Renders operations as PostgreSQL DDL: the only place DDL text is written. The visitor renders the
 * differ's operations, each as its statements; the statement methods below it also serve the runtime API
 * that migration files call.
 */
public final class PostgresSqlRenderer implements OperationVisitor<List<String>> {

    @Override public List<String> createTable(CreateTable op) { return createTableSql(op.table()); }
    @Override public List<String> dropTable(DropTable op) { return List.of(dropTableSql(op.table().name())); }
    @Override public List<String> addColumn(AddColumn op) { return addColumnSql(op.table(), op.column()); }
    @Override public List<String> dropColumn(DropColumn op) {
        return List.of(dropColumnSql(op.table(), op.column().name()));
    }
    @Override public List<String> alterColumn(AlterColumn op) {
        return List.of(alterColumnSql(op.table(), op.after().name(), ColumnChange.between(op.before(), op.after())));
    }
    @Override public List<String> addPrimaryKey(AddPrimaryKey op) {
        return List.of(addPrimaryKeySql(op.table(), op.primaryKey()));
    }
    @Override public List<String> dropPrimaryKey(DropPrimaryKey op) {
        return List.of(dropConstraintSql(op.table(), op.primaryKey().name()));
    }
    @Override public List<String> addForeignKey(AddForeignKey op) {
        return List.of(addForeignKeySql(op.table(), op.foreignKey()));
    }
    @Override public List<String> dropForeignKey(DropForeignKey op) {
        return List.of(dropConstraintSql(op.table(), op.foreignKey().name()));
    }
    @Override public List<String> addUniqueConstraint(AddUniqueConstraint op) {
        return List.of(addUniqueConstraintSql(op.table(), op.constraint()));
    }
    @Override public List<String> dropUniqueConstraint(DropUniqueConstraint op) {
        return List.of(dropConstraintSql(op.table(), op.constraint().name()));
    }
    @Override public List<String> addCheckConstraint(AddCheckConstraint op) {
        return List.of(addCheckConstraintSql(op.table(), op.check()));
    }
    @Override public List<String> dropCheckConstraint(DropCheckConstraint op) {
        return List.of(dropConstraintSql(op.table(), op.check().name()));
    }
    @Override public List<String> createIndex(CreateIndex op) { return List.of(createIndexSql(op.table(), op.index())); }
    @Override public List<String> dropIndex(DropIndex op) {
        return List.of(dropIndexSql(new QualifiedName(op.table().schema(), op.index().name())));
    }
    @Override public List<String> createSequence(CreateSequence op) { return List.of(createSequenceSql(op.sequence())); }
    @Override public List<String> dropSequence(DropSequence op) { return List.of(dropSequenceSql(op.sequence().name())); }
    @Override public List<String> alterSequence(AlterSequence op) { return List.of(alterSequenceSql(op.after())); }
    @Override public List<String> createSchema(CreateSchema op) { return List.of(createSchemaSql(op.name())); }
    @Override public List<String> dropSchema(DropSchema op) { return List.of(dropSchemaSql(op.name())); }
    @Override public List<String> createEnumType(CreateEnumType op) {
        return List.of(EnumTypeSql.createEnumTypeSql(op.type().name(), op.type().values()));
    }
    @Override public List<String> dropEnumType(DropEnumType op) { return List.of(EnumTypeSql.dropEnumTypeSql(op.type().name())); }
    @Override public List<String> alterEnumType(AlterEnumType op) {
        if (op.onlyAddsValues()) {
            return EnumValueAddition.between(op.before().values(), op.after().values()).stream()
                    .map(a -> EnumTypeSql.addEnumValueSql(op.after().name(), a.value(), a.before())).toList();
        }
        List<EnumColumn> usages = op.usages().stream().map(u -> new EnumColumn(NameText.of(u.table()),
                u.column().name(), u.column().defaultExpression())).toList();
        return EnumTypeSql.recreateEnumTypeSql(op.after().name(), op.after().values(), usages);
    }
    @Override public List<String> setTableComment(SetTableComment op) {
        return List.of(tableCommentSql(op.table(), op.after()));
    }
    @Override public List<String> setColumnComment(SetColumnComment op) {
        return List.of(columnCommentSql(op.table(), op.column(), op.after()));
    }

    @Override public List<String> renameConstraint(RenameConstraint op) {
        return List.of(renameConstraintSql(op.table(), op.from(), op.to()));
    }
    @Override public List<String> renameIndex(RenameIndex op) {
        return List.of(renameIndexSql(new QualifiedName(op.table().schema(), op.from()), op.to()));
    }

    @Override public List<String> createTriggerFunction(CreateTriggerFunction op) {
        return List.of(TriggerSql.createFunctionSql(op.function().name(), op.function().body()));
    }
    @Override public List<String> dropTriggerFunction(DropTriggerFunction op) {
        return List.of(TriggerSql.dropFunctionSql(op.function().name()));
    }
    @Override public List<String> replaceTriggerFunction(ReplaceTriggerFunction op) {
        return List.of(TriggerSql.createFunctionSql(op.after().name(), op.after().body()));
    }
    @Override public List<String> createTrigger(CreateTrigger op) {
        return List.of(TriggerSql.createTriggerSql(op.table(), op.trigger().name(), op.trigger().function()));
    }
    @Override public List<String> dropTrigger(DropTrigger op) {
        return List.of(TriggerSql.dropTriggerSql(op.table(), op.trigger().name()));
    }

    // Statement methods: each takes just what its statements need.

    public String renameConstraintSql(QualifiedName table, String from, String to) {
        return alterTable(table, "rename constraint " + ident(from) + " to " + ident(to));
    }

    /** Indexes live in their table's schema, so {@code index} carries that schema. */
    public String renameIndexSql(QualifiedName index, String to) {
        return "alter index " + name(index) + " rename to " + ident(to);
    }

    public List<String> createTableSql(Table table) {
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

    public String dropTableSql(QualifiedName table) {
        return "drop table " + name(table);
    }

    public List<String> addColumnSql(QualifiedName table, Column column) {
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(table, "add column " + ColumnSql.columnDefinition(column)));
        column.comment().ifPresent(c -> statements.add(columnCommentSql(table, column.name(), Optional.of(c))));
        return statements;
    }

    public String dropColumnSql(QualifiedName table, String column) {
        return alterTable(table, "drop column " + ident(column));
    }

    public String alterColumnSql(QualifiedName table, String column, List<ColumnChange> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("alter column " + column + " of " + table + " names no change");
        }
        String prefix = "alter column " + ident(column) + " ";
        return alterTable(table, changes.stream().map(c -> prefix + ColumnSql.columnChange(column, c))
                .collect(Collectors.joining(",\n    ")));
    }

    public String addPrimaryKeySql(QualifiedName table, PrimaryKey primaryKey) {
        return alterTable(table, "add " + primaryKeyClause(primaryKey));
    }

    public String addUniqueConstraintSql(QualifiedName table, UniqueConstraint unique) {
        return alterTable(table, "add " + uniqueClause(unique));
    }

    public String addCheckConstraintSql(QualifiedName table, CheckConstraint check) {
        return alterTable(table, "add " + checkClause(check));
    }

    public String addForeignKeySql(QualifiedName table, ForeignKey foreignKey) {
        return alterTable(table, "add constraint " + ident(foreignKey.name()) + " " + foreignKeyClause(foreignKey));
    }

    public String dropConstraintSql(QualifiedName table, String constraint) {
        return alterTable(table, "drop constraint " + ident(constraint));
    }

    public String createIndexSql(QualifiedName table, Index index) {
        return "create " + (index.unique() ? "unique " : "") + "index " + ident(index.name()) + " on "
                + name(table) + " (" + idents(index.columns()) + ")";
    }

    /** Indexes live in their table's schema, so {@code index} carries that schema. */
    public String dropIndexSql(QualifiedName index) {
        return "drop index " + name(index);
    }

    public String createSequenceSql(Sequence sequence) {
        return "create sequence " + name(sequence.name()) + " start with " + sequence.start()
                + " increment by " + sequence.increment();
    }

    public String alterSequenceSql(Sequence sequence) {
        return "alter sequence " + name(sequence.name()) + " increment by " + sequence.increment()
                + " start with " + sequence.start();
    }

    public String dropSequenceSql(QualifiedName sequence) {
        return "drop sequence " + name(sequence);
    }

    public String createSchemaSql(String schema) {
        return "create schema " + ident(schema);
    }

    public String dropSchemaSql(String schema) {
        return "drop schema " + ident(schema);
    }

    public String tableCommentSql(QualifiedName table, Optional<String> comment) {
        return "comment on table " + name(table) + " is " + comment.map(Sql::literal).orElse("null");
    }

    public String columnCommentSql(QualifiedName table, String column, Optional<String> comment) {
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

package autogen.codegen.sql;

import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.AddColumn;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddPrimaryKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.ChangeAllowedValues;
import autogen.diff.op.RemapOrdinals;
import autogen.diff.op.Fill;
import autogen.diff.op.RenameColumn;
import autogen.diff.op.RenameTable;
import autogen.diff.op.AlterEnumType;
import autogen.diff.op.AlterSequence;
import autogen.diff.op.ConvertSerialColumn;
import autogen.diff.op.SetSequenceOwner;
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
import autogen.migration.sql.EnumTypeSql;
import autogen.migration.sql.EnumValueAddition;
import autogen.migration.sql.SerialSql;
import autogen.migration.sql.StatementSql;
import autogen.migration.sql.TriggerSql;
import autogen.schema.Identity;
import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the differ's operations as PostgreSQL DDL, each as its statements, written by {@link StatementSql}
 * (which the runtime API that migration files call uses too). Dispatch is exhaustive: a new operation fails the
 * build until it is rendered here.
 */
public final class PostgresSqlRenderer implements OperationVisitor<List<String>> {

    @Override public List<String> createTable(CreateTable op) { return StatementSql.createTableSql(op.table()); }
    @Override public List<String> dropTable(DropTable op) { return List.of(StatementSql.dropTableSql(op.table().name())); }
    @Override public List<String> addColumn(AddColumn op) {
        return op.fillExisting().map(fill -> StatementSql.restoreColumnSql(op.table(), op.column(), fill))
                .orElseGet(() -> StatementSql.addColumnSql(op.table(), op.column()));
    }
    @Override public List<String> dropColumn(DropColumn op) {
        return List.of(StatementSql.dropColumnSql(op.table(), op.column().name()));
    }
    @Override public List<String> alterColumn(AlterColumn op) {
        List<String> sql = new ArrayList<>();
        op.fill().ifPresent(fill -> sql.add(fill instanceof Fill.With with
                ? StatementSql.backfillSql(op.table(), op.after().name(), with.expression())
                : StatementSql.requireBackfillSql(op.table(), op.after().name())));
        List<ColumnChange> changes = ColumnChange.between(op.before(), op.after()).stream()
                .filter(c -> !op.online() || !(c instanceof ColumnChange.SetNotNull)).toList();
        if (!changes.isEmpty()) {
            sql.add(StatementSql.alterColumnSql(op.table(), op.after().name(), changes));
        }
        if (op.online()) {
            sql.addAll(sql(StatementSql.setNotNullOnlineSql(op.table(), op.after().name())));
        }
        return sql;
    }
    @Override public List<String> addPrimaryKey(AddPrimaryKey op) {
        return op.usingIndex() ? sql(StatementSql.addPrimaryKeyUsingIndexSql(op.table(), op.primaryKey()))
                : List.of(StatementSql.addPrimaryKeySql(op.table(), op.primaryKey()));
    }
    @Override public List<String> dropPrimaryKey(DropPrimaryKey op) {
        return List.of(StatementSql.dropConstraintSql(op.table(), op.primaryKey().name()));
    }
    @Override public List<String> addForeignKey(AddForeignKey op) {
        return op.notValid() ? sql(StatementSql.addForeignKeyNotValidSql(op.table(), op.foreignKey()))
                : List.of(StatementSql.addForeignKeySql(op.table(), op.foreignKey()));
    }
    @Override public List<String> dropForeignKey(DropForeignKey op) {
        return List.of(StatementSql.dropConstraintSql(op.table(), op.foreignKey().name()));
    }
    @Override public List<String> addUniqueConstraint(AddUniqueConstraint op) {
        return op.usingIndex() ? sql(StatementSql.addUniqueUsingIndexSql(op.table(), op.constraint()))
                : List.of(StatementSql.addUniqueConstraintSql(op.table(), op.constraint()));
    }
    @Override public List<String> dropUniqueConstraint(DropUniqueConstraint op) {
        return List.of(StatementSql.dropConstraintSql(op.table(), op.constraint().name()));
    }
    @Override public List<String> addCheckConstraint(AddCheckConstraint op) {
        return op.notValid() ? sql(StatementSql.addCheckNotValidSql(op.table(), op.check()))
                : List.of(StatementSql.addCheckConstraintSql(op.table(), op.check()));
    }
    @Override public List<String> dropCheckConstraint(DropCheckConstraint op) {
        return List.of(StatementSql.dropConstraintSql(op.table(), op.check().name()));
    }
    @Override public List<String> createIndex(CreateIndex op) {
        return op.concurrently() ? sql(StatementSql.createIndexConcurrentlySql(op.table(), op.index()))
                : List.of(StatementSql.createIndexSql(op.table(), op.index()));
    }
    @Override public List<String> dropIndex(DropIndex op) {
        QualifiedName index = new QualifiedName(op.table().schema(), op.index().name());
        return List.of(op.concurrently() ? StatementSql.dropIndexConcurrentlySql(index) : StatementSql.dropIndexSql(index));
    }

    private static List<String> sql(List<autogen.migration.Statement> statements) {
        return statements.stream().map(autogen.migration.Statement::sql).toList();
    }
    @Override public List<String> createSequence(CreateSequence op) { return List.of(StatementSql.createSequenceSql(op.sequence())); }
    @Override public List<String> dropSequence(DropSequence op) { return List.of(StatementSql.dropSequenceSql(op.sequence().name())); }
    @Override public List<String> alterSequence(AlterSequence op) { return List.of(StatementSql.alterSequenceSql(op.after())); }
    @Override public List<String> createSchema(CreateSchema op) { return List.of(StatementSql.createSchemaSql(op.name())); }
    @Override public List<String> dropSchema(DropSchema op) { return List.of(StatementSql.dropSchemaSql(op.name())); }
    @Override public List<String> createEnumType(CreateEnumType op) {
        return List.of(EnumTypeSql.createEnumTypeSql(op.type().name(), op.type().values()));
    }
    @Override public List<String> dropEnumType(DropEnumType op) { return List.of(EnumTypeSql.dropEnumTypeSql(op.type().name())); }
    @Override public List<String> alterEnumType(AlterEnumType op) {
        if (op.onlyAddsValues()) {
            return EnumValueAddition.between(op.before().values(), op.after().values()).stream()
                    .map(a -> op.ownStep() ? EnumTypeSql.addEnumValueOwnStep(op.after().name(), a.value(), a.before())
                            .sql() : EnumTypeSql.addEnumValueSql(op.after().name(), a.value(), a.before())).toList();
        }
        List<EnumColumn> usages = op.usages().stream().map(u -> new EnumColumn(NameText.of(u.table()),
                u.column().name(), u.column().defaultExpression())).toList();
        return EnumTypeSql.recreateEnumTypeSql(op.after().name(), op.after().values(), usages);
    }
    @Override public List<String> setTableComment(SetTableComment op) {
        return List.of(StatementSql.tableCommentSql(op.table(), op.after()));
    }
    @Override public List<String> setColumnComment(SetColumnComment op) {
        return List.of(StatementSql.columnCommentSql(op.table(), op.column(), op.after()));
    }

    @Override public List<String> renameConstraint(RenameConstraint op) {
        return List.of(StatementSql.renameConstraintSql(op.table(), op.from(), op.to()));
    }
    @Override public List<String> renameIndex(RenameIndex op) {
        return List.of(StatementSql.renameIndexSql(new QualifiedName(op.table().schema(), op.from()), op.to()));
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
    @Override public List<String> renameTable(RenameTable op) {
        return List.of(StatementSql.renameTableSql(op.table(), op.newName()));
    }
    @Override public List<String> renameColumn(RenameColumn op) {
        return List.of(StatementSql.renameColumnSql(op.table(), op.column(), op.newName()));
    }
    @Override public List<String> remapOrdinals(RemapOrdinals op) {
        List<String> sql = new ArrayList<>();
        op.check().ifPresent(c -> sql.add(StatementSql.dropConstraintSql(op.table(), c.before().name())));
        sql.addAll(StatementSql.remapOrdinalsSql(op.table(), op.column(), op.before(), op.after()));
        op.check().ifPresent(c -> sql.add(StatementSql.addCheckConstraintSql(op.table(), c.after())));
        return sql;
    }
    @Override public List<String> changeAllowedValues(ChangeAllowedValues op) {
        return List.of(StatementSql.replaceCheckConstraintSql(op.table(), op.before().name(), op.after()));
    }
    @Override public List<String> setSequenceOwner(SetSequenceOwner op) {
        return List.of(SerialSql.ownedBySql(op.sequence(), op.after()));
    }
    @Override public List<String> convertSerialColumn(ConvertSerialColumn op) {
        return List.of(op.toIdentity()
                ? SerialSql.toIdentitySql(op.table(), op.after().name(), op.sequence().name(),
                        op.after().identity() == Identity.ALWAYS)
                : SerialSql.toSerialSql(op.table(), op.after().name(), op.sequence()));
    }
}

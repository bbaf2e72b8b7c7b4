package autogen.diff;

import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.AddColumn;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddPrimaryKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.AlterEnumType;
import autogen.diff.op.AlterSequence;
import autogen.diff.op.ChangeAllowedValues;
import autogen.diff.op.ConvertSerialColumn;
import autogen.diff.op.CreateEnumType;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.CreateSchema;
import autogen.diff.op.CreateSequence;
import autogen.diff.op.CreateTable;
import autogen.diff.op.CreateTrigger;
import autogen.diff.op.CreateTriggerFunction;
import autogen.diff.op.DropCheckConstraint;
import autogen.diff.op.DropColumn;
import autogen.diff.op.DropEnumType;
import autogen.diff.op.DropForeignKey;
import autogen.diff.op.DropIndex;
import autogen.diff.op.DropPrimaryKey;
import autogen.diff.op.DropSchema;
import autogen.diff.op.DropSequence;
import autogen.diff.op.DropTable;
import autogen.diff.op.DropTrigger;
import autogen.diff.op.DropTriggerFunction;
import autogen.diff.op.DropUniqueConstraint;
import autogen.diff.op.OperationVisitor;
import autogen.diff.op.RemapOrdinals;
import autogen.diff.op.RenameColumn;
import autogen.diff.op.RenameConstraint;
import autogen.diff.op.RenameIndex;
import autogen.diff.op.RenameTable;
import autogen.diff.op.ReplaceTriggerFunction;
import autogen.diff.op.SetColumnComment;
import autogen.diff.op.SetSequenceOwner;
import autogen.diff.op.SetTableComment;
import java.util.List;

/**
 * The columns of its table an operation is about, in the order its object lists them: the column it adds or
 * changes, or the columns of the key or index it adds. A check's expression names no column in a way that can be
 * told without parsing it, so a check is about none.
 */
final class ColumnsOf implements OperationVisitor<List<String>> {
    static final ColumnsOf INSTANCE = new ColumnsOf();

    @Override public List<String> createTable(CreateTable op) { return List.of(); }
    @Override public List<String> dropTable(DropTable op) { return List.of(); }
    @Override public List<String> addColumn(AddColumn op) { return List.of(op.column().name()); }
    @Override public List<String> dropColumn(DropColumn op) { return List.of(op.column().name()); }
    @Override public List<String> alterColumn(AlterColumn op) { return List.of(op.after().name()); }
    @Override public List<String> addPrimaryKey(AddPrimaryKey op) { return op.primaryKey().columns(); }
    @Override public List<String> dropPrimaryKey(DropPrimaryKey op) { return op.primaryKey().columns(); }
    @Override public List<String> addForeignKey(AddForeignKey op) { return op.foreignKey().columns(); }
    @Override public List<String> dropForeignKey(DropForeignKey op) { return op.foreignKey().columns(); }
    @Override public List<String> addUniqueConstraint(AddUniqueConstraint op) { return op.constraint().columns(); }
    @Override public List<String> dropUniqueConstraint(DropUniqueConstraint op) { return op.constraint().columns(); }
    @Override public List<String> createIndex(CreateIndex op) { return op.index().columns(); }
    @Override public List<String> dropIndex(DropIndex op) { return op.index().columns(); }
    @Override public List<String> createSequence(CreateSequence op) { return List.of(); }
    @Override public List<String> dropSequence(DropSequence op) { return List.of(); }
    @Override public List<String> alterSequence(AlterSequence op) { return List.of(); }
    @Override public List<String> createSchema(CreateSchema op) { return List.of(); }
    @Override public List<String> dropSchema(DropSchema op) { return List.of(); }
    @Override public List<String> createEnumType(CreateEnumType op) { return List.of(); }
    @Override public List<String> dropEnumType(DropEnumType op) { return List.of(); }
    @Override public List<String> alterEnumType(AlterEnumType op) { return List.of(); }
    @Override public List<String> addCheckConstraint(AddCheckConstraint op) { return List.of(); }
    @Override public List<String> dropCheckConstraint(DropCheckConstraint op) { return List.of(); }
    @Override public List<String> setTableComment(SetTableComment op) { return List.of(); }
    @Override public List<String> setColumnComment(SetColumnComment op) { return List.of(op.column()); }
    @Override public List<String> renameConstraint(RenameConstraint op) { return List.of(); }
    @Override public List<String> renameIndex(RenameIndex op) { return List.of(); }
    @Override public List<String> createTriggerFunction(CreateTriggerFunction op) { return List.of(); }
    @Override public List<String> dropTriggerFunction(DropTriggerFunction op) { return List.of(); }
    @Override public List<String> replaceTriggerFunction(ReplaceTriggerFunction op) { return List.of(); }
    @Override public List<String> createTrigger(CreateTrigger op) { return List.of(); }
    @Override public List<String> dropTrigger(DropTrigger op) { return List.of(); }
    @Override public List<String> renameTable(RenameTable op) { return List.of(); }
    @Override public List<String> renameColumn(RenameColumn op) { return List.of(op.newName()); }
    @Override public List<String> changeAllowedValues(ChangeAllowedValues op) { return List.of(); }
    @Override public List<String> remapOrdinals(RemapOrdinals op) { return List.of(op.column()); }
    @Override public List<String> setSequenceOwner(SetSequenceOwner op) { return List.of(); }
    @Override public List<String> convertSerialColumn(ConvertSerialColumn op) { return List.of(op.after().name()); }
}

package autogen.diff;

import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.AddColumn;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddPrimaryKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.ChangeAllowedValues;
import autogen.diff.op.RemapOrdinals;
import autogen.diff.op.RenameColumn;
import autogen.diff.op.RenameTable;
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
import autogen.diff.op.ConvertSerialColumn;
import autogen.diff.op.SetSequenceOwner;
import autogen.schema.QualifiedName;
import java.util.Optional;

/** The table an operation works on, if it works on one. */
final class TableOf implements OperationVisitor<Optional<QualifiedName>> {
    static final TableOf INSTANCE = new TableOf();

    @Override public Optional<QualifiedName> createTable(CreateTable op) { return Optional.of(op.table().name()); }
    @Override public Optional<QualifiedName> dropTable(DropTable op) { return Optional.of(op.table().name()); }
    @Override public Optional<QualifiedName> addColumn(AddColumn op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> dropColumn(DropColumn op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> alterColumn(AlterColumn op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> addPrimaryKey(AddPrimaryKey op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> dropPrimaryKey(DropPrimaryKey op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> addForeignKey(AddForeignKey op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> dropForeignKey(DropForeignKey op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> addUniqueConstraint(AddUniqueConstraint op) {
        return Optional.of(op.table());
    }
    @Override public Optional<QualifiedName> dropUniqueConstraint(DropUniqueConstraint op) {
        return Optional.of(op.table());
    }
    @Override public Optional<QualifiedName> createIndex(CreateIndex op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> dropIndex(DropIndex op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> createSequence(CreateSequence op) { return Optional.empty(); }
    @Override public Optional<QualifiedName> dropSequence(DropSequence op) { return Optional.empty(); }
    @Override public Optional<QualifiedName> alterSequence(AlterSequence op) { return Optional.empty(); }
    @Override public Optional<QualifiedName> createSchema(CreateSchema op) { return Optional.empty(); }
    @Override public Optional<QualifiedName> dropSchema(DropSchema op) { return Optional.empty(); }
    @Override public Optional<QualifiedName> createEnumType(CreateEnumType op) { return Optional.empty(); }
    @Override public Optional<QualifiedName> dropEnumType(DropEnumType op) { return Optional.empty(); }
    @Override public Optional<QualifiedName> alterEnumType(AlterEnumType op) { return Optional.empty(); }
    @Override public Optional<QualifiedName> addCheckConstraint(AddCheckConstraint op) {
        return Optional.of(op.table());
    }
    @Override public Optional<QualifiedName> dropCheckConstraint(DropCheckConstraint op) {
        return Optional.of(op.table());
    }
    @Override public Optional<QualifiedName> setTableComment(SetTableComment op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> setColumnComment(SetColumnComment op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> renameConstraint(RenameConstraint op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> renameIndex(RenameIndex op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> createTriggerFunction(CreateTriggerFunction op) { return Optional.empty(); }
    @Override public Optional<QualifiedName> dropTriggerFunction(DropTriggerFunction op) { return Optional.empty(); }
    @Override public Optional<QualifiedName> replaceTriggerFunction(ReplaceTriggerFunction op) {
        return Optional.empty();
    }
    @Override public Optional<QualifiedName> createTrigger(CreateTrigger op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> dropTrigger(DropTrigger op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> renameTable(RenameTable op) { return Optional.of(op.renamed()); }
    @Override public Optional<QualifiedName> renameColumn(RenameColumn op) { return Optional.of(op.table()); }
    @Override public Optional<QualifiedName> remapOrdinals(RemapOrdinals op) {
        return Optional.of(op.table());
    }
    @Override public Optional<QualifiedName> changeAllowedValues(ChangeAllowedValues op) {
        return Optional.of(op.table());
    }
    @Override public Optional<QualifiedName> setSequenceOwner(SetSequenceOwner op) { return Optional.empty(); }
    @Override public Optional<QualifiedName> convertSerialColumn(ConvertSerialColumn op) {
        return Optional.of(op.table());
    }
}

package autogen.diff.op;

import java.util.Set;

/** One reversible step of a migration; every renderer handles every kind through {@link OperationVisitor}. */
public sealed interface Operation
        permits CreateTable, DropTable, AddColumn, DropColumn, AlterColumn,
                AddPrimaryKey, DropPrimaryKey, AddForeignKey, DropForeignKey,
                AddUniqueConstraint, DropUniqueConstraint, CreateIndex, DropIndex,
                CreateSequence, DropSequence, AlterSequence, CreateSchema, DropSchema,
                CreateEnumType, DropEnumType, AlterEnumType, AddCheckConstraint, DropCheckConstraint,
                SetTableComment, SetColumnComment, RenameConstraint, RenameIndex,
                CreateTriggerFunction, DropTriggerFunction, ReplaceTriggerFunction, CreateTrigger, DropTrigger,
                RenameTable, RenameColumn, ChangeAllowedValues, RemapOrdinals, SetSequenceOwner,
                ConvertSerialColumn {

    /** The operation that undoes this one. */
    Operation inverse();

    <R> R accept(OperationVisitor<R> visitor);

    default Set<Hazard> hazards() {
        return Set.of();
    }
}

package autogen.diff.op;

/** Exhaustive dispatch over {@link Operation}: a new operation fails the build until every visitor handles it. */
public interface OperationVisitor<R> {
    R createTable(CreateTable op);

    R dropTable(DropTable op);

    R addColumn(AddColumn op);

    R dropColumn(DropColumn op);

    R alterColumn(AlterColumn op);

    R addPrimaryKey(AddPrimaryKey op);

    R dropPrimaryKey(DropPrimaryKey op);

    R addForeignKey(AddForeignKey op);

    R dropForeignKey(DropForeignKey op);

    R addUniqueConstraint(AddUniqueConstraint op);

    R dropUniqueConstraint(DropUniqueConstraint op);

    R createIndex(CreateIndex op);

    R dropIndex(DropIndex op);

    R createSequence(CreateSequence op);

    R dropSequence(DropSequence op);

    R alterSequence(AlterSequence op);

    R createSchema(CreateSchema op);

    R dropSchema(DropSchema op);

    R createEnumType(CreateEnumType op);

    R dropEnumType(DropEnumType op);

    R alterEnumType(AlterEnumType op);

    R addCheckConstraint(AddCheckConstraint op);

    R dropCheckConstraint(DropCheckConstraint op);

    R setTableComment(SetTableComment op);

    R setColumnComment(SetColumnComment op);

    R renameConstraint(RenameConstraint op);

    R renameIndex(RenameIndex op);

    R createTriggerFunction(CreateTriggerFunction op);

    R dropTriggerFunction(DropTriggerFunction op);

    R replaceTriggerFunction(ReplaceTriggerFunction op);

    R createTrigger(CreateTrigger op);

    R dropTrigger(DropTrigger op);

    R renameTable(RenameTable op);

    R renameColumn(RenameColumn op);

    R changeAllowedValues(ChangeAllowedValues op);

    R remapOrdinals(RemapOrdinals op);

    R setSequenceOwner(SetSequenceOwner op);

    R convertSerialColumn(ConvertSerialColumn op);
}

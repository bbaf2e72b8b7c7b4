package autogen.diff.order;

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
import autogen.diff.op.Operation;
import autogen.diff.op.OperationVisitor;
import autogen.diff.op.RenameConstraint;
import autogen.diff.op.RenameIndex;
import autogen.diff.op.SetColumnComment;
import autogen.diff.op.SetTableComment;
import autogen.diff.op.ConvertSerialColumn;
import autogen.diff.op.SetSequenceOwner;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Assigns each operation its {@link Phase} and sorts a list of operations into execution order. */
public final class PhaseOf implements OperationVisitor<Phase> {
    private static final PhaseOf INSTANCE = new PhaseOf();

    private PhaseOf() {
    }

    public static Phase of(Operation op) {
        return op.accept(INSTANCE);
    }

    /**
     * What {@code op} does to the schema, as a report marks it: its phase's, but for the steps that change in place
     * what they are ordered with additions for: a trigger function's new body, a column's allowed values, the
     * renumbered values of an ORDINAL column.
     */
    public static Phase.Change change(Operation op) {
        return op instanceof ReplaceTriggerFunction || op instanceof ChangeAllowedValues || op instanceof RemapOrdinals
                ? Phase.Change.CHANGES : of(op).change();
    }

    /**
     * A stable sort by phase: within a phase the differ's name order is kept. One pass into a bucket per phase,
     * in the phases' order, so it stays linear in the number of operations.
     */
    public static List<Operation> sort(List<Operation> ops) {
        Map<Phase, List<Operation>> byPhase = new EnumMap<>(Phase.class);
        for (Operation op : ops) {
            byPhase.computeIfAbsent(of(op), phase -> new ArrayList<>()).add(op);
        }
        List<Operation> sorted = new ArrayList<>(ops.size());
        byPhase.values().forEach(sorted::addAll);
        return List.copyOf(sorted);
    }

    @Override public Phase createTable(CreateTable op) { return Phase.CREATE_TABLES; }
    @Override public Phase dropTable(DropTable op) { return Phase.DROP_TABLES; }
    @Override public Phase addColumn(AddColumn op) { return Phase.ADD_COLUMNS; }
    @Override public Phase dropColumn(DropColumn op) { return Phase.DROP_COLUMNS; }
    @Override public Phase alterColumn(AlterColumn op) { return Phase.ALTER_COLUMNS; }
    @Override public Phase addPrimaryKey(AddPrimaryKey op) { return Phase.ADD_PRIMARY_KEYS; }
    @Override public Phase dropPrimaryKey(DropPrimaryKey op) { return Phase.DROP_PRIMARY_KEYS; }
    @Override public Phase addForeignKey(AddForeignKey op) { return Phase.ADD_FOREIGN_KEYS; }
    @Override public Phase dropForeignKey(DropForeignKey op) { return Phase.DROP_FOREIGN_KEYS; }
    @Override public Phase addUniqueConstraint(AddUniqueConstraint op) { return Phase.ADD_UNIQUE_CONSTRAINTS; }
    @Override public Phase dropUniqueConstraint(DropUniqueConstraint op) { return Phase.DROP_UNIQUE_CONSTRAINTS; }
    @Override public Phase createIndex(CreateIndex op) { return Phase.CREATE_INDEXES; }
    @Override public Phase dropIndex(DropIndex op) { return Phase.DROP_INDEXES; }
    @Override public Phase createSequence(CreateSequence op) { return Phase.CREATE_SEQUENCES; }
    @Override public Phase dropSequence(DropSequence op) { return Phase.DROP_SEQUENCES; }
    @Override public Phase alterSequence(AlterSequence op) { return Phase.ALTER_SEQUENCES; }
    @Override public Phase createSchema(CreateSchema op) { return Phase.CREATE_SCHEMAS; }
    @Override public Phase dropSchema(DropSchema op) { return Phase.DROP_SCHEMAS; }
    @Override public Phase createEnumType(CreateEnumType op) { return Phase.CREATE_TYPES; }
    @Override public Phase dropEnumType(DropEnumType op) { return Phase.DROP_TYPES; }
    @Override public Phase alterEnumType(AlterEnumType op) { return Phase.ALTER_TYPES; }
    @Override public Phase addCheckConstraint(AddCheckConstraint op) { return Phase.ADD_CHECKS; }
    @Override public Phase dropCheckConstraint(DropCheckConstraint op) { return Phase.DROP_CHECKS; }
    @Override public Phase setTableComment(SetTableComment op) { return Phase.SET_COMMENTS; }
    @Override public Phase setColumnComment(SetColumnComment op) { return Phase.SET_COMMENTS; }
    @Override public Phase renameConstraint(RenameConstraint op) { return Phase.RENAMES; }
    @Override public Phase renameIndex(RenameIndex op) { return Phase.RENAMES; }
    @Override public Phase createTriggerFunction(CreateTriggerFunction op) { return Phase.CREATE_FUNCTIONS; }
    @Override public Phase dropTriggerFunction(DropTriggerFunction op) { return Phase.DROP_FUNCTIONS; }
    @Override public Phase replaceTriggerFunction(ReplaceTriggerFunction op) { return Phase.CREATE_FUNCTIONS; }
    @Override public Phase createTrigger(CreateTrigger op) { return Phase.CREATE_TRIGGERS; }
    @Override public Phase dropTrigger(DropTrigger op) { return Phase.DROP_TRIGGERS; }
    @Override public Phase renameTable(RenameTable op) { return Phase.RENAME_TABLES; }
    @Override public Phase renameColumn(RenameColumn op) { return Phase.RENAME_COLUMNS; }
    @Override public Phase changeAllowedValues(ChangeAllowedValues op) { return Phase.ADD_CHECKS; }
    // After the columns take their new types, with the checks of the column's range replaced around it.
    @Override public Phase remapOrdinals(RemapOrdinals op) { return Phase.ADD_CHECKS; }
    @Override public Phase setSequenceOwner(SetSequenceOwner op) {
        return op.after().isPresent() ? Phase.OWN_SEQUENCES : Phase.DISOWN_SEQUENCES;
    }
    @Override public Phase convertSerialColumn(ConvertSerialColumn op) { return Phase.ALTER_COLUMNS; }
}

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
import autogen.diff.op.EnumUsage;
import autogen.diff.op.OperationVisitor;
import autogen.diff.op.RemapOrdinals;
import autogen.diff.op.RenameColumn;
import autogen.diff.op.RenameConstraint;
import autogen.diff.op.RenameIndex;
import autogen.diff.op.RenameTable;
import autogen.diff.op.ReplaceTriggerFunction;
import autogen.diff.op.SetColumnComment;
import autogen.diff.op.SetTableComment;
import autogen.diff.op.ConvertSerialColumn;
import autogen.diff.op.SetSequenceOwner;
import autogen.diff.op.TypeChange;
import autogen.migration.NameText;
import autogen.schema.QualifiedName;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lock a step takes on the tables that exist, as PostgreSQL's documentation of each command gives it, and for
 * how long: what a reviewer of a busy database needs beside the hazards. Nothing for what touches no table.
 */
final class LockOf implements OperationVisitor<Optional<String>> {
    static final LockOf INSTANCE = new LockOf();

    private static final String BRIEFLY = ", briefly";
    private static final String WHILE_VALIDATING = ", then SHARE UPDATE EXCLUSIVE while it validates the rows"
            + " (writes go on)";

    private static Optional<String> on(String lock, QualifiedName table, String how) {
        return Optional.of(lock + " on " + NameText.of(table) + how);
    }

    private static Optional<String> briefly(QualifiedName table) {
        return on("ACCESS EXCLUSIVE", table, BRIEFLY);
    }

    @Override public Optional<String> createTable(CreateTable op) { return Optional.empty(); }
    @Override public Optional<String> dropTable(DropTable op) { return briefly(op.table().name()); }
    @Override public Optional<String> addColumn(AddColumn op) { return briefly(op.table()); }
    @Override public Optional<String> dropColumn(DropColumn op) { return briefly(op.table()); }

    @Override public Optional<String> alterColumn(AlterColumn op) {
        String fill = op.fill().isPresent() ? "; the rows it fills are locked until it commits" : "";
        boolean converts = !op.before().type().equals(op.after().type())
                && TypeChange.of(op.before().type(), op.after().type()) != TypeChange.WIDENS;
        if (converts) {
            return on("ACCESS EXCLUSIVE", op.table(), " while it converts the column (reads and writes wait)" + fill);
        }
        if (op.setsNotNull()) {
            return op.online() ? on("ACCESS EXCLUSIVE", op.table(), BRIEFLY + WHILE_VALIDATING + fill)
                    : on("ACCESS EXCLUSIVE", op.table(), " while it scans the rows (reads and writes wait)" + fill);
        }
        return briefly(op.table());
    }

    @Override public Optional<String> addPrimaryKey(AddPrimaryKey op) {
        return op.usingIndex()
                ? on("SHARE UPDATE EXCLUSIVE", op.table(), " while the index builds (reads and writes go on), then"
                        + " ACCESS EXCLUSIVE to attach it and check its columns hold no NULL")
                : on("ACCESS EXCLUSIVE", op.table(), " while it builds the key's index (reads and writes wait)");
    }
    @Override public Optional<String> dropPrimaryKey(DropPrimaryKey op) { return briefly(op.table()); }

    @Override public Optional<String> addForeignKey(AddForeignKey op) {
        String tables = NameText.of(op.table()) + " and " + NameText.of(op.foreignKey().referencedTable());
        return Optional.of(op.notValid()
                ? "SHARE ROW EXCLUSIVE on " + tables + BRIEFLY + ", then SHARE UPDATE EXCLUSIVE on "
                        + NameText.of(op.table()) + " while it validates the rows (writes go on)"
                : "SHARE ROW EXCLUSIVE on " + tables + " while it scans the rows (writes wait)");
    }
    @Override public Optional<String> dropForeignKey(DropForeignKey op) {
        return Optional.of("ACCESS EXCLUSIVE on " + NameText.of(op.table()) + " and "
                + NameText.of(op.foreignKey().referencedTable()) + BRIEFLY);
    }

    @Override public Optional<String> addUniqueConstraint(AddUniqueConstraint op) {
        return op.usingIndex()
                ? on("SHARE UPDATE EXCLUSIVE", op.table(), " while the index builds (reads and writes go on), then"
                        + " ACCESS EXCLUSIVE briefly to attach it")
                : on("ACCESS EXCLUSIVE", op.table(), " while it builds the index (reads and writes wait)");
    }
    @Override public Optional<String> dropUniqueConstraint(DropUniqueConstraint op) { return briefly(op.table()); }

    @Override public Optional<String> createIndex(CreateIndex op) {
        return op.concurrently()
                ? on("SHARE UPDATE EXCLUSIVE", op.table(), " while it builds (reads and writes go on)")
                : on("SHARE", op.table(), " while it builds (writes wait)");
    }
    @Override public Optional<String> dropIndex(DropIndex op) {
        return op.concurrently() ? on("SHARE UPDATE EXCLUSIVE", op.table(), " (reads and writes go on)")
                : briefly(op.table());
    }

    @Override public Optional<String> createSequence(CreateSequence op) { return Optional.empty(); }
    @Override public Optional<String> dropSequence(DropSequence op) { return Optional.empty(); }
    @Override public Optional<String> alterSequence(AlterSequence op) { return Optional.empty(); }
    @Override public Optional<String> createSchema(CreateSchema op) { return Optional.empty(); }
    @Override public Optional<String> dropSchema(DropSchema op) { return Optional.empty(); }
    @Override public Optional<String> createEnumType(CreateEnumType op) { return Optional.empty(); }
    @Override public Optional<String> dropEnumType(DropEnumType op) { return Optional.empty(); }

    @Override public Optional<String> alterEnumType(AlterEnumType op) {
        if (op.onlyAddsValues() || op.usages().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("ACCESS EXCLUSIVE on " + op.usages().stream().map(EnumUsage::table).distinct()
                .map(NameText::of).collect(Collectors.joining(", ")) + " while it rewrites the columns");
    }

    @Override public Optional<String> addCheckConstraint(AddCheckConstraint op) {
        return op.notValid() ? on("ACCESS EXCLUSIVE", op.table(), BRIEFLY + WHILE_VALIDATING)
                : on("ACCESS EXCLUSIVE", op.table(), " while it scans the rows (reads and writes wait)");
    }
    @Override public Optional<String> dropCheckConstraint(DropCheckConstraint op) { return briefly(op.table()); }
    @Override public Optional<String> setTableComment(SetTableComment op) {
        return on("SHARE UPDATE EXCLUSIVE", op.table(), BRIEFLY);
    }
    @Override public Optional<String> setColumnComment(SetColumnComment op) {
        return on("SHARE UPDATE EXCLUSIVE", op.table(), BRIEFLY);
    }
    @Override public Optional<String> renameConstraint(RenameConstraint op) { return briefly(op.table()); }
    @Override public Optional<String> renameIndex(RenameIndex op) {
        return on("SHARE UPDATE EXCLUSIVE", op.table(), BRIEFLY);
    }
    @Override public Optional<String> createTriggerFunction(CreateTriggerFunction op) { return Optional.empty(); }
    @Override public Optional<String> dropTriggerFunction(DropTriggerFunction op) { return Optional.empty(); }
    @Override public Optional<String> replaceTriggerFunction(ReplaceTriggerFunction op) { return Optional.empty(); }
    @Override public Optional<String> createTrigger(CreateTrigger op) {
        return on("SHARE ROW EXCLUSIVE", op.table(), BRIEFLY);
    }
    @Override public Optional<String> dropTrigger(DropTrigger op) { return briefly(op.table()); }
    @Override public Optional<String> renameTable(RenameTable op) { return briefly(op.table()); }
    @Override public Optional<String> renameColumn(RenameColumn op) { return briefly(op.table()); }

    @Override public Optional<String> changeAllowedValues(ChangeAllowedValues op) {
        return on("ACCESS EXCLUSIVE", op.table(), " while the new check scans the rows (reads and writes wait)");
    }

    @Override public Optional<String> remapOrdinals(RemapOrdinals op) {
        String rows = "; the rows it renumbers are locked until it commits";
        return op.check().isPresent()
                ? on("ACCESS EXCLUSIVE", op.table(), " while the new range check scans the rows" + rows)
                : on("ROW EXCLUSIVE", op.table(), rows.substring(1));
    }

    @Override public Optional<String> setSequenceOwner(SetSequenceOwner op) { return Optional.empty(); }

    /** It reads the column's highest value under the lock, so that no row can take an id meanwhile. */
    @Override public Optional<String> convertSerialColumn(ConvertSerialColumn op) {
        return on("ACCESS EXCLUSIVE", op.table(), " while it reads the highest " + op.after().name()
                + " (an index lookup where the column leads an index, else a scan; reads and writes wait)");
    }
}

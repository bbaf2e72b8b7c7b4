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
import autogen.diff.op.Operation;
import autogen.schema.QualifiedName;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The objects an operation is about, each named once ({@code column public.users.email}, {@code index
 * public.users.ix_users_email}): two operations about one object are two views of one fact, such as a change made to
 * a database by hand and the difference it makes to the entities.
 */
public final class SubjectOf implements OperationVisitor<Set<String>> {
    private static final SubjectOf INSTANCE = new SubjectOf();

    private SubjectOf() {
    }

    public static Set<String> of(Operation op) {
        return op.accept(INSTANCE);
    }

    private static Set<String> table(QualifiedName table) {
        return Set.of("table " + table);
    }

    private static Set<String> column(QualifiedName table, String column) {
        return Set.of("column " + table + "." + column);
    }

    /** A key, check or index by its name on its table; a rename is about both of its names. */
    private static Set<String> named(QualifiedName table, String... names) {
        return Stream.of(names).map(n -> "constraint or index " + table + "." + n).collect(Collectors.toSet());
    }

    @Override public Set<String> createTable(CreateTable op) { return table(op.table().name()); }
    @Override public Set<String> dropTable(DropTable op) { return table(op.table().name()); }
    @Override public Set<String> renameTable(RenameTable op) {
        return Set.of("table " + op.table(), "table " + op.renamed());
    }
    @Override public Set<String> addColumn(AddColumn op) { return column(op.table(), op.column().name()); }
    @Override public Set<String> dropColumn(DropColumn op) { return column(op.table(), op.column().name()); }
    @Override public Set<String> alterColumn(AlterColumn op) { return column(op.table(), op.after().name()); }
    @Override public Set<String> renameColumn(RenameColumn op) {
        return Set.of("column " + op.table() + "." + op.column(), "column " + op.table() + "." + op.newName());
    }
    @Override public Set<String> convertSerialColumn(ConvertSerialColumn op) {
        return column(op.table(), op.after().name());
    }
    @Override public Set<String> remapOrdinals(RemapOrdinals op) { return column(op.table(), op.column()); }
    @Override public Set<String> setColumnComment(SetColumnComment op) {
        return Set.of("comment on column " + op.table() + "." + op.column());
    }
    @Override public Set<String> setTableComment(SetTableComment op) {
        return Set.of("comment on table " + op.table());
    }
    @Override public Set<String> addPrimaryKey(AddPrimaryKey op) { return Set.of("primary key of " + op.table()); }
    @Override public Set<String> dropPrimaryKey(DropPrimaryKey op) { return Set.of("primary key of " + op.table()); }
    @Override public Set<String> addForeignKey(AddForeignKey op) { return named(op.table(), op.foreignKey().name()); }
    @Override public Set<String> dropForeignKey(DropForeignKey op) { return named(op.table(), op.foreignKey().name()); }
    @Override public Set<String> addUniqueConstraint(AddUniqueConstraint op) {
        return named(op.table(), op.constraint().name());
    }
    @Override public Set<String> dropUniqueConstraint(DropUniqueConstraint op) {
        return named(op.table(), op.constraint().name());
    }
    @Override public Set<String> addCheckConstraint(AddCheckConstraint op) {
        return named(op.table(), op.check().name());
    }
    @Override public Set<String> dropCheckConstraint(DropCheckConstraint op) {
        return named(op.table(), op.check().name());
    }
    @Override public Set<String> changeAllowedValues(ChangeAllowedValues op) {
        return named(op.table(), op.before().name(), op.after().name());
    }
    @Override public Set<String> renameConstraint(RenameConstraint op) { return named(op.table(), op.from(), op.to()); }
    @Override public Set<String> createIndex(CreateIndex op) { return named(op.table(), op.index().name()); }
    @Override public Set<String> dropIndex(DropIndex op) { return named(op.table(), op.index().name()); }
    @Override public Set<String> renameIndex(RenameIndex op) { return named(op.table(), op.from(), op.to()); }
    @Override public Set<String> createSequence(CreateSequence op) {
        return Set.of("sequence " + op.sequence().name());
    }
    @Override public Set<String> dropSequence(DropSequence op) { return Set.of("sequence " + op.sequence().name()); }
    @Override public Set<String> alterSequence(AlterSequence op) { return Set.of("sequence " + op.after().name()); }
    @Override public Set<String> setSequenceOwner(SetSequenceOwner op) { return Set.of("sequence " + op.sequence()); }
    @Override public Set<String> createSchema(CreateSchema op) { return Set.of("schema " + op.name()); }
    @Override public Set<String> dropSchema(DropSchema op) { return Set.of("schema " + op.name()); }
    @Override public Set<String> createEnumType(CreateEnumType op) { return Set.of("type " + op.type().name()); }
    @Override public Set<String> dropEnumType(DropEnumType op) { return Set.of("type " + op.type().name()); }
    @Override public Set<String> alterEnumType(AlterEnumType op) { return Set.of("type " + op.after().name()); }
    @Override public Set<String> createTriggerFunction(CreateTriggerFunction op) {
        return Set.of("function " + op.function().name());
    }
    @Override public Set<String> dropTriggerFunction(DropTriggerFunction op) {
        return Set.of("function " + op.function().name());
    }
    @Override public Set<String> replaceTriggerFunction(ReplaceTriggerFunction op) {
        return Set.of("function " + op.after().name());
    }
    @Override public Set<String> createTrigger(CreateTrigger op) {
        return Set.of("trigger " + op.table() + "." + op.trigger().name());
    }
    @Override public Set<String> dropTrigger(DropTrigger op) {
        return Set.of("trigger " + op.table() + "." + op.trigger().name());
    }
}

package autogen.codegen;

import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.AddColumn;
import autogen.diff.op.AlterEnumType;
import autogen.diff.op.CreateEnumType;
import autogen.diff.op.CreateSchema;
import autogen.diff.op.CreateTrigger;
import autogen.diff.op.CreateTriggerFunction;
import autogen.diff.op.DropTrigger;
import autogen.diff.op.DropTriggerFunction;
import autogen.diff.op.ReplaceTriggerFunction;
import autogen.diff.op.DropCheckConstraint;
import autogen.diff.op.DropEnumType;
import autogen.diff.op.DropSchema;
import autogen.diff.op.RenameConstraint;
import autogen.diff.op.RenameIndex;
import autogen.diff.op.SetColumnComment;
import autogen.diff.op.SetTableComment;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddPrimaryKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.ChangeAllowedValues;
import autogen.diff.op.RemapOrdinals;
import autogen.diff.op.Fill;
import autogen.diff.op.RenameColumn;
import autogen.diff.op.RenameTable;
import autogen.diff.op.AlterSequence;
import autogen.diff.op.ConvertSerialColumn;
import autogen.diff.op.SetSequenceOwner;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.CreateSequence;
import autogen.diff.op.CreateTable;
import autogen.diff.op.DropColumn;
import autogen.diff.op.DropForeignKey;
import autogen.diff.op.DropIndex;
import autogen.diff.op.DropPrimaryKey;
import autogen.diff.op.DropSequence;
import autogen.diff.op.DropTable;
import autogen.diff.op.DropUniqueConstraint;
import autogen.diff.op.Operation;
import autogen.diff.op.OperationVisitor;
import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/** One readable line per operation, for {@code autogen check} and the migration header. */
public final class OperationDescriber implements OperationVisitor<String> {
    private static final OperationDescriber INSTANCE = new OperationDescriber();

    public static String describe(Operation op) {
        return op.accept(INSTANCE);
    }

    @Override public String createTable(CreateTable op) {
        return "create table " + op.table().name() + " (" + op.table().columns().size() + " columns)";
    }
    @Override public String dropTable(DropTable op) { return "drop table " + op.table().name(); }
    @Override public String addColumn(AddColumn op) {
        return "add column " + at(op.table(), op.column().name()) + " " + shape(op.column())
                + op.fillExisting().map(f -> ", existing rows get " + f + " (the old values are gone)").orElse("");
    }
    @Override public String dropColumn(DropColumn op) { return "drop column " + at(op.table(), op.column().name()); }
    @Override public String alterColumn(AlterColumn op) {
        String fill = op.fill().map(f -> f instanceof Fill.With with ? ", NULLs filled with " + with.expression()
                : ", NULLs to be filled by the reviewer (a guard refuses to run until then)").orElse("");
        return "alter column " + at(op.table(), op.after().name()) + ": " + changes(op.before(), op.after()) + fill
                + (op.online() ? ", proven by a validated check first" : "");
    }
    @Override public String addPrimaryKey(AddPrimaryKey op) {
        return "add primary key " + op.primaryKey().name() + " on " + op.table() + " " + op.primaryKey().columns()
                + (op.usingIndex() ? " on a unique index built concurrently" : "");
    }
    @Override public String dropPrimaryKey(DropPrimaryKey op) {
        return "drop primary key " + op.primaryKey().name() + " on " + op.table();
    }
    @Override public String addForeignKey(AddForeignKey op) {
        return "add foreign key " + op.foreignKey().name() + " " + op.table() + " " + op.foreignKey().columns()
                + " -> " + op.foreignKey().referencedTable() + " " + op.foreignKey().referencedColumns()
                + (op.notValid() ? ", NOT VALID then validated" : "");
    }
    @Override public String dropForeignKey(DropForeignKey op) {
        return "drop foreign key " + op.foreignKey().name() + " on " + op.table();
    }
    @Override public String addUniqueConstraint(AddUniqueConstraint op) {
        return "add unique constraint " + op.constraint().name() + " on " + op.table() + " "
                + op.constraint().columns() + (op.usingIndex() ? " on a unique index built concurrently" : "");
    }
    @Override public String dropUniqueConstraint(DropUniqueConstraint op) {
        return "drop unique constraint " + op.constraint().name() + " on " + op.table();
    }
    @Override public String createIndex(CreateIndex op) {
        return "create " + (op.index().unique() ? "unique " : "") + "index " + op.index().name() + " on "
                + op.table() + " " + op.index().columns() + (op.concurrently() ? " concurrently" : "");
    }
    @Override public String dropIndex(DropIndex op) {
        return "drop index " + op.index().name() + " on " + op.table() + (op.concurrently() ? " concurrently" : "");
    }
    @Override public String createSequence(CreateSequence op) {
        return "create sequence " + op.sequence().name() + " (increment " + op.sequence().increment() + ")";
    }
    @Override public String dropSequence(DropSequence op) { return "drop sequence " + op.sequence().name(); }
    @Override public String alterSequence(AlterSequence op) {
        return "alter sequence " + op.after().name() + ": increment " + op.before().increment() + " -> "
                + op.after().increment() + ", start " + op.before().start() + " -> " + op.after().start();
    }

    @Override public String setSequenceOwner(SetSequenceOwner op) {
        return "sequence " + op.sequence() + " owned by " + op.after().map(Object::toString).orElse("no column")
                + op.before().map(o -> " (was " + o + ")").orElse("");
    }
    @Override public String convertSerialColumn(ConvertSerialColumn op) {
        return "column " + op.table() + "." + op.after().name() + ": " + (op.toIdentity()
                ? "serial (sequence " + op.sequence().name() + ") -> identity, starting after the highest value"
                : "identity -> serial (sequence " + op.sequence().name() + "), starting after the highest value");
    }

    @Override public String createSchema(CreateSchema op) { return "create schema " + op.name(); }
    @Override public String dropSchema(DropSchema op) { return "drop schema " + op.name(); }
    @Override public String createEnumType(CreateEnumType op) {
        return "create enum type " + op.type().name() + " " + op.type().values();
    }
    @Override public String dropEnumType(DropEnumType op) { return "drop enum type " + op.type().name(); }
    @Override public String alterEnumType(AlterEnumType op) {
        StringBuilder text = new StringBuilder(op.onlyAddsValues() ? "enum type " : "recreate enum type ")
                .append(op.after().name()).append(": values");
        op.after().values().stream().filter(v -> !op.before().values().contains(v))
                .forEach(v -> text.append(" + ").append(v));
        op.before().values().stream().filter(v -> !op.after().values().contains(v))
                .forEach(v -> text.append(" - ").append(v));
        if (op.after().values().stream().filter(op.before().values()::contains).toList()
                .equals(op.before().values().stream().filter(op.after().values()::contains).toList())) {
            return text.toString();
        }
        return text.append(", reordered ").append(op.after().values()).toString();
    }
    @Override public String addCheckConstraint(AddCheckConstraint op) {
        return "add check " + op.check().name() + " on " + op.table() + ": " + op.check().expression()
                + (op.notValid() ? ", NOT VALID then validated" : "");
    }
    @Override public String dropCheckConstraint(DropCheckConstraint op) {
        return "drop check " + op.check().name() + " on " + op.table();
    }
    @Override public String setTableComment(SetTableComment op) {
        return "comment on table " + op.table() + ": " + op.before().orElse("none") + " -> " + op.after().orElse("none");
    }
    @Override public String setColumnComment(SetColumnComment op) {
        return "comment on column " + at(op.table(), op.column()) + ": " + op.before().orElse("none") + " -> "
                + op.after().orElse("none");
    }

    @Override public String renameConstraint(RenameConstraint op) {
        return "rename constraint " + op.from() + " on " + op.table() + " to " + op.to();
    }
    @Override public String renameIndex(RenameIndex op) {
        return "rename index " + op.from() + " on " + op.table() + " to " + op.to();
    }

    @Override public String createTriggerFunction(CreateTriggerFunction op) {
        return "create trigger function " + op.function().name();
    }
    @Override public String dropTriggerFunction(DropTriggerFunction op) {
        return "drop trigger function " + op.function().name();
    }
    @Override public String replaceTriggerFunction(ReplaceTriggerFunction op) {
        return "replace the body of trigger function " + op.after().name();
    }
    @Override public String createTrigger(CreateTrigger op) {
        return "create trigger " + op.trigger().name() + " on " + op.table() + " -> " + op.trigger().function();
    }
    @Override public String dropTrigger(DropTrigger op) {
        return "drop trigger " + op.trigger().name() + " on " + op.table();
    }

    @Override public String renameTable(RenameTable op) {
        return "rename table " + op.table() + " to " + op.newName();
    }
    @Override public String renameColumn(RenameColumn op) {
        return "rename column " + at(op.table(), op.column()) + " to " + op.newName();
    }

    /** An enum's change as the constants it gains and loses: {@code posts.status: values + SCHEDULED - DRAFT}. */
    @Override public String remapOrdinals(RemapOrdinals op) {
        List<String> removed = op.removed();
        return at(op.table(), op.column()) + ": stored ORDINAL numbers follow the constants' new order "
                + String.join(", ", op.after()) + (removed.isEmpty() ? "" : " (" + String.join(", ", removed)
                + " removed)");
    }

    @Override public String changeAllowedValues(ChangeAllowedValues op) {
        StringBuilder text = new StringBuilder(at(op.table(), op.column())).append(": ")
                .append(op.valuesBefore().ordinal() ? "ordinals" : "values");
        op.added().forEach(v -> text.append(" + ").append(v));
        op.removed().forEach(v -> text.append(" - ").append(v));
        if (!op.before().name().equals(op.after().name())) {
            text.append(" (check ").append(op.before().name()).append(" becomes ").append(op.after().name())
                    .append(")");
        }
        return text.toString();
    }

    private static String at(QualifiedName table, String column) {
        return table + "." + column;
    }

    private static String shape(Column c) {
        return c.type() + (c.nullable() ? " null" : " not null")
                + c.defaultExpression().map(d -> " default " + d).orElse("")
                + (c.identity() == Identity.NONE ? "" : " identity " + c.identity().name().toLowerCase())
                + c.generatedExpression().map(g -> " generated as " + g).orElse("");
    }

    private static String changes(Column before, Column after) {
        List<String> parts = new ArrayList<>();
        if (!before.type().equals(after.type())) {
            parts.add("type " + before.type() + " -> " + after.type());
        }
        if (before.nullable() != after.nullable()) {
            parts.add(after.nullable() ? "null allowed" : "not null");
        }
        if (!before.defaultExpression().equals(after.defaultExpression())) {
            parts.add("default " + before.defaultExpression().orElse("none") + " -> "
                    + after.defaultExpression().orElse("none"));
        }
        if (!before.generatedExpression().equals(after.generatedExpression())) {
            parts.add("generated " + before.generatedExpression().orElse("none") + " -> "
                    + after.generatedExpression().orElse("none"));
        }
        if (before.identity() != after.identity()) {
            parts.add("identity " + before.identity() + " -> " + after.identity());
        }
        return String.join(", ", parts);
    }
}

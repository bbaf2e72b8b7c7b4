package autogen.codegen.java;

import autogen.migration.sql.EnumValueAddition;
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
import autogen.diff.op.EnumUsage;
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
import autogen.diff.op.OperationVisitor;
import autogen.migration.ColumnChange;
import autogen.migration.NameText;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Identity;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/** Renders each operation as one call on the migration's {@code op} parameter. */
final class OperationCode implements OperationVisitor<CodeBlock> {

    @Override
    public CodeBlock createTable(CreateTable op) {
        List<CodeBlock> elements = new ArrayList<>();
        op.table().columns().forEach(c -> elements.add(column(c)));
        op.table().primaryKey().ifPresent(pk -> elements.add(
                CodeBlock.of("primaryKey($S, $L)", pk.name(), strings(pk.columns()))));
        op.table().uniqueConstraints().forEach(u -> elements.add(
                CodeBlock.of("unique($S, $L)", u.name(), strings(u.columns()))));
        op.table().checks().forEach(c -> elements.add(CodeBlock.of("check($S, $S)", c.name(), c.expression())));
        op.table().comment().ifPresent(c -> elements.add(CodeBlock.of("comment($S)", c)));
        CodeBlock.Builder call = CodeBlock.builder().add("op.createTable($S", table(op.table().name())).indent().indent();
        elements.forEach(e -> call.add(",\n$L", e));
        return call.unindent().unindent().add(");\n").build();
    }

    @Override
    public CodeBlock dropTable(DropTable op) {
        return CodeBlock.of("op.dropTable($S);\n", table(op.table().name()));
    }

    @Override
    public CodeBlock addColumn(AddColumn op) {
        return op.fillExisting()
                .map(fill -> CodeBlock.of("// The dropped values do not come back: existing rows get $L in $L; write a better"
                        + " value here if one can be derived.\n"
                        + "op.restoreColumn($S, $L, $S);\n", fill, op.column().name(), table(op.table()),
                        column(op.column()), fill))
                .orElseGet(() -> CodeBlock.of("op.addColumn($S, $L);\n", table(op.table()), column(op.column())));
    }

    @Override
    public CodeBlock dropColumn(DropColumn op) {
        return CodeBlock.of("op.dropColumn($S, $S);\n", table(op.table()), op.column().name());
    }

    @Override
    public CodeBlock alterColumn(AlterColumn op) {
        List<ColumnChange> between = ColumnChange.between(op.before(), op.after());
        if (op.online()) {
            // The rows filled, the other changes, then NOT NULL proven without a long strong lock.
            List<CodeBlock> others = between.stream().filter(c -> !(c instanceof ColumnChange.SetNotNull))
                    .map(this::change).toList();
            CodeBlock.Builder code = CodeBlock.builder();
            op.fill().ifPresent(fill -> code.add(fill(op, fill)));
            if (!others.isEmpty()) {
                code.add("op.alterColumn($S, $S, $L);\n", table(op.table()), op.after().name(),
                        CodeBlock.join(others, ", "));
            }
            return code.add("op.setNotNullOnline($S, $S);\n", table(op.table()), op.after().name()).build();
        }
        List<CodeBlock> changes = between.stream().map(this::change).toList();
        CodeBlock alter = CodeBlock.of("op.alterColumn($S, $S, $L);\n", table(op.table()), op.after().name(),
                CodeBlock.join(changes, ", "));
        if (op.fill().isEmpty()) {
            return alter;
        }
        return CodeBlock.builder().add(fill(op, op.fill().get())).add(alter).build();
    }

    private static CodeBlock fill(AlterColumn op, Fill fill) {
        return fill instanceof Fill.With with
                ? CodeBlock.of("op.backfill($S, $S, $S);\n", table(op.table()), op.after().name(), with.expression())
                : CodeBlock.of("// TODO: write the value existing rows get, then replace this guard with\n"
                        + "// op.backfill($S, $S, \"<SQL expression>\");\n"
                        + "op.requireBackfill($S, $S);\n", table(op.table()), op.after().name(), table(op.table()),
                        op.after().name());
    }

    @Override
    public CodeBlock addPrimaryKey(AddPrimaryKey op) {
        return CodeBlock.of("op.$L($S, $S, $L);\n", op.usingIndex() ? "addPrimaryKeyUsingIndex" : "addPrimaryKey",
                table(op.table()), op.primaryKey().name(),
                strings(op.primaryKey().columns()));
    }

    @Override
    public CodeBlock dropPrimaryKey(DropPrimaryKey op) {
        return dropConstraint(op.table(), op.primaryKey().name());
    }

    @Override
    public CodeBlock addForeignKey(AddForeignKey op) {
        ForeignKey fk = op.foreignKey();
        CodeBlock.Builder spec = CodeBlock.builder().add("foreignKey($L).references($S, $L)", strings(fk.columns()),
                table(fk.referencedTable()), strings(fk.referencedColumns()));
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            spec.add(".onDelete($L)", fk.onDelete().name());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            spec.add(".onUpdate($L)", fk.onUpdate().name());
        }
        return CodeBlock.of("op.$L($S, $S,\n        $L);\n", op.notValid() ? "addForeignKeyNotValid" : "addForeignKey",
                table(op.table()), fk.name(), spec.build());
    }

    @Override
    public CodeBlock dropForeignKey(DropForeignKey op) {
        return dropConstraint(op.table(), op.foreignKey().name());
    }

    @Override
    public CodeBlock addUniqueConstraint(AddUniqueConstraint op) {
        return CodeBlock.of("op.$L($S, $S, $L);\n", op.usingIndex() ? "addUniqueConstraintUsingIndex"
                : "addUniqueConstraint", table(op.table()), op.constraint().name(), strings(op.constraint().columns()));
    }

    @Override
    public CodeBlock dropUniqueConstraint(DropUniqueConstraint op) {
        return dropConstraint(op.table(), op.constraint().name());
    }

    @Override
    public CodeBlock createIndex(CreateIndex op) {
        String method = (op.index().unique() ? "createUniqueIndex" : "createIndex")
                + (op.concurrently() ? "Concurrently" : "");
        return CodeBlock.of("op.$L($S, $S, $L);\n", method, table(op.table()), op.index().name(),
                strings(op.index().columns()));
    }

    @Override
    public CodeBlock dropIndex(DropIndex op) {
        return CodeBlock.of("op.$L($S, $S);\n", op.concurrently() ? "dropIndexConcurrently" : "dropIndex",
                table(op.table()), op.index().name());
    }

    @Override
    public CodeBlock createSequence(CreateSequence op) {
        return CodeBlock.of("op.createSequence($S, $L, $L);\n", table(op.sequence().name()),
                op.sequence().start(), op.sequence().increment());
    }

    @Override
    public CodeBlock dropSequence(DropSequence op) {
        return CodeBlock.of("op.dropSequence($S);\n", table(op.sequence().name()));
    }

    @Override
    public CodeBlock alterSequence(AlterSequence op) {
        return CodeBlock.of("op.alterSequence($S, $L, $L);\n", table(op.after().name()), op.after().start(),
                op.after().increment());
    }

    @Override
    public CodeBlock setSequenceOwner(SetSequenceOwner op) {
        return op.after().map(o -> CodeBlock.of("op.setSequenceOwner($S, $S, $S);\n", table(op.sequence()),
                table(o.table()), o.column()))
                .orElseGet(() -> CodeBlock.of("op.removeSequenceOwner($S);\n", table(op.sequence())));
    }

    @Override
    public CodeBlock convertSerialColumn(ConvertSerialColumn op) {
        String table = table(op.table());
        String sequence = table(op.sequence().name());
        return op.toIdentity()
                ? CodeBlock.of("op.convertSerialToIdentity($S, $S, $S, $L);\n", table, op.after().name(), sequence,
                        op.after().identity() == Identity.ALWAYS)
                : CodeBlock.of("op.convertIdentityToSerial($S, $S, $S, $L, $L);\n", table, op.after().name(),
                        sequence, op.sequence().start(), op.sequence().increment());
    }

    @Override
    public CodeBlock addCheckConstraint(AddCheckConstraint op) {
        return CodeBlock.of("op.$L($S, $S, $S);\n", op.notValid() ? "addCheckConstraintNotValid" : "addCheckConstraint",
                table(op.table()), op.check().name(), op.check().expression());
    }

    @Override
    public CodeBlock dropCheckConstraint(DropCheckConstraint op) {
        return dropConstraint(op.table(), op.check().name());
    }

    @Override
    public CodeBlock createSchema(CreateSchema op) {
        return CodeBlock.of("op.createSchema($S);\n", op.name());
    }

    @Override
    public CodeBlock dropSchema(DropSchema op) {
        return CodeBlock.of("op.dropSchema($S);\n", op.name());
    }

    @Override
    public CodeBlock createEnumType(CreateEnumType op) {
        return CodeBlock.of("op.createEnumType($S, $L);\n", table(op.type().name()), strings(op.type().values()));
    }

    @Override
    public CodeBlock dropEnumType(DropEnumType op) {
        return CodeBlock.of("op.dropEnumType($S);\n", table(op.type().name()));
    }

    @Override
    public CodeBlock alterEnumType(AlterEnumType op) {
        String type = table(op.after().name());
        CodeBlock.Builder code = CodeBlock.builder();
        if (op.onlyAddsValues()) {
            for (EnumValueAddition a : EnumValueAddition.between(op.before().values(), op.after().values())) {
                String step = op.ownStep() ? "InOwnStep" : "";
                code.add(a.before().map(b -> CodeBlock.of("op.addEnumValueBefore$L($S, $S, $S);\n", step, type,
                                a.value(), b))
                        .orElseGet(() -> CodeBlock.of("op.addEnumValue$L($S, $S);\n", step, type, a.value())));
            }
            return code.build();
        }
        code.add("op.recreateEnumType($S, values($L)", type, strings(op.after().values())).indent().indent();
        for (EnumUsage usage : op.usages()) {
            code.add(",\n$L", usage.column().defaultExpression()
                    .map(d -> CodeBlock.of("usedBy($S, $S).withDefault($S)", table(usage.table()),
                            usage.column().name(), d))
                    .orElseGet(() -> CodeBlock.of("usedBy($S, $S)", table(usage.table()), usage.column().name())));
        }
        return code.unindent().unindent().add(");\n").build();
    }

    @Override
    public CodeBlock setTableComment(SetTableComment op) {
        return op.after().map(c -> CodeBlock.of("op.setTableComment($S, $S);\n", table(op.table()), c))
                .orElseGet(() -> CodeBlock.of("op.removeTableComment($S);\n", table(op.table())));
    }

    @Override
    public CodeBlock setColumnComment(SetColumnComment op) {
        return op.after().map(c -> CodeBlock.of("op.setColumnComment($S, $S, $S);\n", table(op.table()),
                        op.column(), c))
                .orElseGet(() -> CodeBlock.of("op.removeColumnComment($S, $S);\n", table(op.table()), op.column()));
    }

    @Override
    public CodeBlock renameConstraint(RenameConstraint op) {
        return CodeBlock.of("op.renameConstraint($S, $S, $S);\n", table(op.table()), op.from(), op.to());
    }

    @Override
    public CodeBlock renameIndex(RenameIndex op) {
        return CodeBlock.of("op.renameIndex($S, $S, $S);\n", table(op.table()), op.from(), op.to());
    }

    @Override
    public CodeBlock createTriggerFunction(CreateTriggerFunction op) {
        return CodeBlock.of("op.createTriggerFunction($S, $S);\n", table(op.function().name()), op.function().body());
    }

    @Override
    public CodeBlock dropTriggerFunction(DropTriggerFunction op) {
        return CodeBlock.of("op.dropTriggerFunction($S);\n", table(op.function().name()));
    }

    /** CREATE OR REPLACE serves both a new function and a new body. */
    @Override
    public CodeBlock replaceTriggerFunction(ReplaceTriggerFunction op) {
        return CodeBlock.of("op.createTriggerFunction($S, $S);\n", table(op.after().name()), op.after().body());
    }

    @Override
    public CodeBlock createTrigger(CreateTrigger op) {
        return CodeBlock.of("op.createTrigger($S, $S, $S);\n", table(op.table()), op.trigger().name(),
                table(op.trigger().function()));
    }

    @Override
    public CodeBlock dropTrigger(DropTrigger op) {
        return CodeBlock.of("op.dropTrigger($S, $S);\n", table(op.table()), op.trigger().name());
    }

    @Override
    public CodeBlock renameTable(RenameTable op) {
        return CodeBlock.of("op.renameTable($S, $S);\n", table(op.table()), op.newName());
    }

    @Override
    public CodeBlock renameColumn(RenameColumn op) {
        return CodeBlock.of("op.renameColumn($S, $S, $S);\n", table(op.table()), op.column(), op.newName());
    }

    @Override
    public CodeBlock remapOrdinals(RemapOrdinals op) {
        CodeBlock.Builder code = CodeBlock.builder();
        op.check().ifPresent(c -> code.add(dropConstraint(op.table(), c.before().name())));
        code.add("op.remapOrdinals($S, $S,\n        $T.of($L),\n        $T.of($L));\n", table(op.table()), op.column(),
                java.util.List.class, strings(op.before()), java.util.List.class, strings(op.after()));
        op.check().ifPresent(c -> code.add("op.addCheckConstraint($S, $S, $S);\n", table(op.table()),
                c.after().name(), c.after().expression()));
        return code.build();
    }

    @Override
    public CodeBlock changeAllowedValues(ChangeAllowedValues op) {
        return CodeBlock.of("op.replaceCheckConstraint($S, $S, $S,\n        $S);\n", table(op.table()),
                op.before().name(), op.after().name(), op.after().expression());
    }

    private static CodeBlock dropConstraint(QualifiedName table, String name) {
        return CodeBlock.of("op.dropConstraint($S, $S);\n", table(table), name);
    }

    private static CodeBlock column(Column c) {
        CodeBlock.Builder code = CodeBlock.builder().add("column($S, $S)", c.name(), c.type());
        if (c.identity() == Identity.BY_DEFAULT) {
            code.add(".generatedByDefaultAsIdentity()");
        } else if (c.identity() == Identity.ALWAYS) {
            code.add(".generatedAlwaysAsIdentity()");
        } else if (!c.nullable()) {
            code.add(".notNull()");
        }
        c.defaultExpression().ifPresent(d -> code.add(".defaultValue($S)", d));
        c.generatedExpression().ifPresent(g -> code.add(".generatedAs($S)", g));
        c.comment().ifPresent(text -> code.add(".comment($S)", text));
        return code.build();
    }

    private CodeBlock change(ColumnChange change) {
        if (change instanceof ColumnChange.SetType t) {
            return t.using().map(u -> CodeBlock.of("setType($S, $S)", t.type(), u))
                    .orElseGet(() -> CodeBlock.of("setType($S)", t.type()));
        } else if (change instanceof ColumnChange.SetDefault d) {
            return CodeBlock.of("setDefault($S)", d.expression());
        } else if (change instanceof ColumnChange.AddIdentity a) {
            return CodeBlock.of("addIdentity($L)", a.kind().name());
        } else if (change instanceof ColumnChange.SetNotNull) {
            return CodeBlock.of("setNotNull()");
        } else if (change instanceof ColumnChange.DropNotNull) {
            return CodeBlock.of("dropNotNull()");
        } else if (change instanceof ColumnChange.DropDefault) {
            return CodeBlock.of("dropDefault()");
        } else if (change instanceof ColumnChange.DropIdentity) {
            return CodeBlock.of("dropIdentity()");
        } else if (change instanceof ColumnChange.SetExpression e) {
            return CodeBlock.of("setExpression($S)", e.expression());
        } else if (change instanceof ColumnChange.DropExpression) {
            return CodeBlock.of("dropExpression()");
        }
        throw new IllegalStateException("unhandled column change " + change);
    }

    /** Names in the default schema are written bare, as the Operations API reads them. */
    private static String table(QualifiedName name) {
        return NameText.of(name);
    }

    private static CodeBlock strings(List<String> values) {
        return CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
    }
}

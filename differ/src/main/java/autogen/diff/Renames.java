package autogen.diff;

import autogen.diff.op.Operation;
import autogen.diff.op.RenameColumn;
import autogen.diff.op.RenameTable;
import autogen.migration.NameText;
import autogen.migration.sql.ExpressionNames;
import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.OrdinalEnum;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Applies rename hints to the current schema before it is compared, so that a renamed table or column is compared
 * with what the entities want under its new name, and yields the RENAME operations that make the database follow.
 * What refers to a renamed object (keys, indexes, foreign keys of other tables, checks and generated expressions)
 * is renamed with it, as PostgreSQL does.
 */
final class Renames {
    /** The current schema with the renames applied, and the operations that apply them to the database. */
    record Applied(Schema current, List<Operation> ops) {
    }

    private Renames() {
    }

    static Applied apply(Schema current, Schema target, List<Rename> renames) {
        Schema schema = current;
        List<Operation> ops = new ArrayList<>();
        for (Rename rename : renames.stream().filter(r -> r.column().isEmpty()).toList()) {
            requireTableRename(schema, target, rename);
            schema = renameTable(schema, rename.table(), rename.newName());
            ops.add(new RenameTable(rename.table(), rename.newName()));
        }
        for (Rename rename : renames.stream().filter(r -> r.column().isPresent()).toList()) {
            QualifiedName table = tableOf(schema, renames, rename);
            requireColumnRename(schema, target, table, rename);
            schema = renameColumn(schema, table, rename.column().get(), rename.newName());
            ops.add(new RenameColumn(table, rename.column().get(), rename.newName()));
        }
        return new Applied(schema, ops);
    }

    private static void requireTableRename(Schema current, Schema target, Rename rename) {
        QualifiedName to = new QualifiedName(rename.table().schema(), rename.newName());
        if (current.table(rename.table()).isEmpty()) {
            throw new HintException("--rename " + rename.hint() + ": the database has no table " + NameText.of(rename.table()));
        }
        if (target.table(to).isEmpty()) {
            throw new HintException("--rename " + rename.hint() + ": the entities have no table " + to);
        }
        if (current.table(to).isPresent()) {
            throw new HintException("--rename " + rename.hint() + ": the database already has a table " + to);
        }
    }

    /** The table a column hint means: by its new name, or by its old one when a table rename renames it. */
    private static QualifiedName tableOf(Schema renamed, List<Rename> renames, Rename rename) {
        if (renamed.table(rename.table()).isPresent()) {
            return rename.table();
        }
        return renames.stream().filter(r -> r.column().isEmpty() && r.table().equals(rename.table()))
                .map(r -> new QualifiedName(r.table().schema(), r.newName())).findFirst()
                .orElseThrow(() -> new HintException("--rename " + rename.hint() + ": the database has no table "
                        + rename.table()));
    }

    private static void requireColumnRename(Schema current, Schema target, QualifiedName table, Rename rename) {
        String from = rename.column().get();
        Table was = current.table(table).get();
        Optional<Table> wanted = target.table(table);
        if (was.column(from).isEmpty()) {
            throw new HintException("--rename " + rename.hint() + ": " + NameText.of(table) + " has no column " + from);
        }
        if (wanted.isEmpty() || wanted.get().column(rename.newName()).isEmpty()) {
            throw new HintException("--rename " + rename.hint() + ": the entities give " + NameText.of(table) + " no column "
                    + rename.newName());
        }
        if (was.column(rename.newName()).isPresent()) {
            throw new HintException("--rename " + rename.hint() + ": " + NameText.of(table) + " already has a column "
                    + rename.newName());
        }
    }

    private static Schema renameTable(Schema schema, QualifiedName from, String newName) {
        QualifiedName to = new QualifiedName(from.schema(), newName);
        List<Table> tables = schema.tables().stream()
                .map(t -> t.name().equals(from) ? withName(t, to) : t)
                .map(t -> withForeignKeys(t, fk -> fk.referencedTable().equals(from)
                        ? new ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete(),
                        fk.onUpdate()) : fk))
                .toList();
        return new Schema(schema.namespaces(), schema.enums(), tables, schema.sequences(), schema.functions(),
                schema.ordinals().stream().map(o -> o.table().equals(from)
                        ? new OrdinalEnum(to, o.column(), o.constants()) : o).toList(), schema.origins());
    }

    private static Schema renameColumn(Schema schema, QualifiedName table, String from, String to) {
        UnaryOperator<List<String>> names = columns -> columns.stream().map(c -> c.equals(from) ? to : c).toList();
        UnaryOperator<String> expression = text -> ExpressionNames.renameColumn(text, from, to);
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            Table renamed = withForeignKeys(t, fk -> fk.referencedTable().equals(table)
                    ? new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                    names.apply(fk.referencedColumns()), fk.onDelete(), fk.onUpdate()) : fk);
            if (t.name().equals(table)) {
                renamed = new Table(t.name(),
                        t.columns().stream().map(c -> renamedColumn(c, from, to, expression)).toList(),
                        t.primaryKey().map(pk -> new PrimaryKey(pk.name(), names.apply(pk.columns()))),
                        renamed.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), names.apply(fk.columns()),
                                fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate())).toList(),
                        t.uniqueConstraints().stream()
                                .map(u -> new UniqueConstraint(u.name(), names.apply(u.columns()))).toList(),
                        t.indexes().stream().map(i -> new Index(i.name(), names.apply(i.columns()), i.unique()))
                                .toList(),
                        t.checks().stream().map(c -> new CheckConstraint(c.name(), expression.apply(c.expression())))
                                .toList(),
                        t.comment(), t.triggers());
            }
            tables.add(renamed);
        }
        return new Schema(schema.namespaces(), schema.enums(), tables, schema.sequences(), schema.functions(),
                schema.ordinals().stream().map(o -> o.table().equals(table) && o.column().equals(from)
                        ? new OrdinalEnum(table, to, o.constants()) : o).toList(), schema.origins());
    }

    private static Column renamedColumn(Column c, String from, String to, UnaryOperator<String> expression) {
        Column named = c.name().equals(from)
                ? new Column(to, c.type(), c.nullable(), c.defaultExpression(), c.identity(), c.generatedExpression(),
                c.comment()) : c;
        return named.withGenerated(named.generatedExpression().map(expression));
    }

    private static Table withName(Table t, QualifiedName name) {
        return new Table(name, t.columns(), t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(), t.indexes(),
                t.checks(), t.comment(), t.triggers());
    }

    private static Table withForeignKeys(Table t, UnaryOperator<ForeignKey> change) {
        return new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys().stream().map(change).toList(),
                t.uniqueConstraints(), t.indexes(), t.checks(), t.comment(), t.triggers());
    }
}

package autogen.diff;

import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddPrimaryKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.DropCheckConstraint;
import autogen.diff.op.DropColumn;
import autogen.diff.op.DropForeignKey;
import autogen.diff.op.DropIndex;
import autogen.diff.op.DropPrimaryKey;
import autogen.diff.op.DropTable;
import autogen.diff.op.DropUniqueConstraint;
import autogen.diff.op.Operation;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes out of a plan the removals of rules that the entities do not state and autogen did not make
 * ({@link Provenance}): indexes, keys, checks, NOT NULLs and defaults that another tool built. A removal that makes
 * way for a replacement under the same name, or goes with a table or column the plan drops, stays.
 */
final class Unstated {
    /** The plan's operations without the removals kept back, and those removals. */
    record Split(List<Operation> kept, List<Operation> withheld) {
    }

    private Unstated() {
    }

    static Split withhold(List<Operation> ops, Provenance provenance) {
        if (ops.stream().noneMatch(Unstated::mayRemove)) {
            return new Split(ops, List.of());
        }
        Set<ObjectKey> added = new HashSet<>();
        Set<QualifiedName> droppedTables = new HashSet<>();
        Set<String> droppedColumns = new HashSet<>();
        for (Operation op : ops) {
            added(op).ifPresent(added::add);
            if (op instanceof DropTable d) {
                droppedTables.add(d.table().name());
            } else if (op instanceof DropColumn d) {
                droppedColumns.add(d.table() + "." + d.column().name());
            }
        }
        List<Operation> kept = new ArrayList<>();
        List<Operation> withheld = new ArrayList<>();
        for (Operation op : ops) {
            if (op instanceof AlterColumn alter) {
                splitAlter(alter, provenance, kept, withheld);
                continue;
            }
            Optional<Removal> removal = removed(op);
            boolean keep = removal.isEmpty() || provenance.mayRemove(removal.get().key())
                    || added.contains(removal.get().key()) || droppedTables.contains(removal.get().key().table())
                    || removal.get().columns().stream()
                    .anyMatch(c -> droppedColumns.contains(removal.get().key().table() + "." + c));
            (keep ? kept : withheld).add(op);
        }
        return new Split(kept, withheld);
    }

    /** A dropped NOT NULL or default the user did not allow stays as it is; the rest of the change goes ahead. */
    private static void splitAlter(AlterColumn alter, Provenance provenance, List<Operation> kept,
                                   List<Operation> withheld) {
        Column before = alter.before();
        Column after = alter.after();
        boolean keepNotNull = !before.nullable() && after.nullable()
                && !provenance.mayRemove(new ObjectKey(ObjectKey.Kind.NOT_NULL, alter.table(), after.name()));
        boolean keepDefault = before.defaultExpression().isPresent() && after.defaultExpression().isEmpty()
                && !provenance.mayRemove(new ObjectKey(ObjectKey.Kind.DEFAULT, alter.table(), after.name()));
        if (!keepNotNull && !keepDefault) {
            kept.add(alter);
            return;
        }
        Column applied = after.withNullable(keepNotNull ? before.nullable() : after.nullable())
                .withDefault(keepDefault ? before.defaultExpression() : after.defaultExpression());
        if (!applied.equals(before)) {
            kept.add(new AlterColumn(alter.table(), before, applied, alter.fill()));
        }
        Column unstated = applied.withNullable(keepNotNull ? true : applied.nullable())
                .withDefault(keepDefault ? Optional.empty() : applied.defaultExpression());
        withheld.add(new AlterColumn(alter.table(), applied, unstated));
    }

    /** Whether {@code op} is of a kind that can remove a rule: most plans have none, and keep every step. */
    private static boolean mayRemove(Operation op) {
        return op instanceof AlterColumn || op instanceof DropIndex || op instanceof DropUniqueConstraint
                || op instanceof DropPrimaryKey || op instanceof DropForeignKey || op instanceof DropCheckConstraint;
    }

    /** A removed rule and the columns it covers, when {@code op} removes one. */
    private record Removal(ObjectKey key, List<String> columns) {
    }

    /** The rules {@code op} removes: an index or a constraint, or a column's NOT NULL or default. */
    static List<ObjectKey> removedKeys(Operation op) {
        if (op instanceof AlterColumn alter) {
            List<ObjectKey> keys = new ArrayList<>();
            if (!alter.before().nullable() && alter.after().nullable()) {
                keys.add(new ObjectKey(ObjectKey.Kind.NOT_NULL, alter.table(), alter.after().name()));
            }
            if (alter.before().defaultExpression().isPresent() && alter.after().defaultExpression().isEmpty()) {
                keys.add(new ObjectKey(ObjectKey.Kind.DEFAULT, alter.table(), alter.after().name()));
            }
            return keys;
        }
        return removed(op).map(r -> List.of(r.key())).orElse(List.of());
    }

    private static Optional<Removal> removed(Operation op) {
        if (op instanceof DropIndex d) {
            return Optional.of(new Removal(new ObjectKey(ObjectKey.Kind.INDEX, d.table(), d.index().name()),
                    d.index().columns()));
        } else if (op instanceof DropUniqueConstraint d) {
            return Optional.of(new Removal(new ObjectKey(ObjectKey.Kind.UNIQUE, d.table(), d.constraint().name()),
                    d.constraint().columns()));
        } else if (op instanceof DropPrimaryKey d) {
            return Optional.of(new Removal(ObjectKey.primaryKey(d.table()), d.primaryKey().columns()));
        } else if (op instanceof DropForeignKey d) {
            return Optional.of(new Removal(new ObjectKey(ObjectKey.Kind.FOREIGN_KEY, d.table(),
                    d.foreignKey().name()), d.foreignKey().columns()));
        } else if (op instanceof DropCheckConstraint d) {
            return Optional.of(new Removal(new ObjectKey(ObjectKey.Kind.CHECK, d.table(), d.check().name()),
                    List.of()));
        }
        return Optional.empty();
    }

    private static Optional<ObjectKey> added(Operation op) {
        if (op instanceof CreateIndex c) {
            return Optional.of(new ObjectKey(ObjectKey.Kind.INDEX, c.table(), c.index().name()));
        } else if (op instanceof AddUniqueConstraint a) {
            return Optional.of(new ObjectKey(ObjectKey.Kind.UNIQUE, a.table(), a.constraint().name()));
        } else if (op instanceof AddPrimaryKey a) {
            return Optional.of(ObjectKey.primaryKey(a.table()));
        } else if (op instanceof AddForeignKey a) {
            return Optional.of(new ObjectKey(ObjectKey.Kind.FOREIGN_KEY, a.table(), a.foreignKey().name()));
        } else if (op instanceof AddCheckConstraint a) {
            return Optional.of(new ObjectKey(ObjectKey.Kind.CHECK, a.table(), a.check().name()));
        }
        return Optional.empty();
    }
}

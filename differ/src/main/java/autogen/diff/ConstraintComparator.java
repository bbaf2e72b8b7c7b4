package autogen.diff;

import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddPrimaryKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.DropForeignKey;
import autogen.diff.op.DropIndex;
import autogen.diff.op.DropPrimaryKey;
import autogen.diff.op.DropUniqueConstraint;
import autogen.diff.op.Operation;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compares the keys and indexes of two versions of one table. Objects are matched by name; one whose
 * definition changed under the same name is dropped and added again, since PostgreSQL cannot alter them.
 */
final class ConstraintComparator {
    private ConstraintComparator() {
    }

    static List<Operation> compare(Table current, Table target) {
        QualifiedName t = target.name();
        List<Operation> ops = new ArrayList<>();
        ops.addAll(compareByName(current.primaryKey().stream().toList(), target.primaryKey().stream().toList(),
                PrimaryKey::name, pk -> new DropPrimaryKey(t, pk), pk -> new AddPrimaryKey(t, pk)));
        ops.addAll(compareByName(current.foreignKeys(), target.foreignKeys(),
                ForeignKey::name, fk -> new DropForeignKey(t, fk), fk -> new AddForeignKey(t, fk)));
        ops.addAll(compareByName(current.uniqueConstraints(), target.uniqueConstraints(),
                UniqueConstraint::name, u -> new DropUniqueConstraint(t, u), u -> new AddUniqueConstraint(t, u)));
        ops.addAll(compareByName(current.indexes(), target.indexes(),
                Index::name, i -> new DropIndex(t, i), i -> new CreateIndex(t, i)));
        return ops;
    }

    /** The operations that create everything a new table needs beyond its CREATE TABLE statement. */
    static List<Operation> createExtras(Table table) {
        return compare(table.withoutForeignKeysAndIndexes(), table);
    }

    /** The operations that drop what a dropped table's DROP TABLE statement does not carry. */
    static List<Operation> dropExtras(Table table) {
        return compare(table, table.withoutForeignKeysAndIndexes());
    }

    private static <T> List<Operation> compareByName(List<T> current, List<T> target, Function<T, String> name,
                                                     Function<T, Operation> drop, Function<T, Operation> add) {
        Matching<T> matching = Matching.byKey(current, target, name);
        List<Operation> ops = new ArrayList<>();
        matching.removed().forEach(x -> ops.add(drop.apply(x)));
        for (Matching.Pair<T> pair : matching.common()) {
            if (!pair.current().equals(pair.target())) {
                ops.add(drop.apply(pair.current()));
                ops.add(add.apply(pair.target()));
            }
        }
        matching.added().forEach(x -> ops.add(add.apply(x)));
        return ops;
    }
}

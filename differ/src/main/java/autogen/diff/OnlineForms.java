package autogen.diff;

import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddPrimaryKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.CreateTable;
import autogen.diff.op.DropIndex;
import autogen.diff.op.DropTable;
import autogen.diff.op.Operation;
import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a plan into lock-safe forms (after pg-schema-diff and strong_migrations) on the tables that exist:
 * indexes built and dropped concurrently, foreign keys and checks added {@code NOT VALID} and then validated, unique
 * and primary key constraints attached to a unique index built concurrently, NOT NULL proven by a validated check first. A table the plan creates has no rows and no readers,
 * and one it drops takes its indexes with it, so both keep the plain forms.
 */
final class OnlineForms {
    private OnlineForms() {
    }

    static List<Operation> apply(List<Operation> ops) {
        Set<QualifiedName> plain = new HashSet<>();
        for (Operation op : ops) {
            if (op instanceof CreateTable c) {
                plain.add(c.table().name());
            } else if (op instanceof DropTable d) {
                plain.add(d.table().name());
            }
        }
        List<Operation> result = new ArrayList<>(ops.size());
        for (Operation op : ops) {
            // Most steps have no online form; only those that do ask where they stand.
            Operation online = online(op);
            result.add(online == op || MigrationPlan.tableOf(op).filter(plain::contains).isPresent() ? op : online);
        }
        return List.copyOf(result);
    }

    private static Operation online(Operation op) {
        if (op instanceof CreateIndex c) {
            return new CreateIndex(c.table(), c.index(), true);
        } else if (op instanceof DropIndex d) {
            return new DropIndex(d.table(), d.index(), true);
        } else if (op instanceof AddForeignKey a) {
            return new AddForeignKey(a.table(), a.foreignKey(), true);
        } else if (op instanceof AddCheckConstraint a) {
            return new AddCheckConstraint(a.table(), a.check(), true);
        } else if (op instanceof AddUniqueConstraint a) {
            return new AddUniqueConstraint(a.table(), a.constraint(), true);
        } else if (op instanceof AddPrimaryKey a) {
            return new AddPrimaryKey(a.table(), a.primaryKey(), true);
        } else if (op instanceof AlterColumn a && a.setsNotNull()) {
            return new AlterColumn(a.table(), a.before(), a.after(), a.fill(), true);
        }
        return op;
    }
}

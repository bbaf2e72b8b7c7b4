package autogen.diff;

import autogen.diff.op.AlterSequence;
import autogen.diff.op.CreateSequence;
import autogen.diff.op.CreateTable;
import autogen.diff.op.DropSequence;
import autogen.diff.op.DropTable;
import autogen.diff.op.Operation;
import autogen.diff.order.PhaseOf;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** Compares a current schema with a target schema and plans the ordered operations from one to the other. */
public final class SchemaDiffer {

    /** The plan that turns {@code current} into {@code target}; empty when they are equal. */
    public MigrationPlan diff(Schema current, Schema target) {
        List<Operation> ops = new ArrayList<>();
        Matching<Table> tables = Matching.byKey(current.tables(), target.tables(), Table::name);
        for (Table added : tables.added()) {
            ops.add(new CreateTable(added.withoutForeignKeysAndIndexes()));
            ops.addAll(ConstraintComparator.createExtras(added));
        }
        for (Matching.Pair<Table> pair : tables.common()) {
            ops.addAll(ColumnComparator.compare(pair.target().name(), pair.current().columns(),
                    pair.target().columns()));
            ops.addAll(ConstraintComparator.compare(pair.current(), pair.target()));
        }
        for (Table removed : tables.removed()) {
            ops.addAll(ConstraintComparator.dropExtras(removed));
            ops.add(new DropTable(removed.withoutForeignKeysAndIndexes()));
        }
        ops.addAll(compareSequences(current.sequences(), target.sequences()));
        return new MigrationPlan(PhaseOf.sort(ops));
    }

    private static List<Operation> compareSequences(List<Sequence> current, List<Sequence> target) {
        Matching<Sequence> sequences = Matching.byKey(current, target, Sequence::name);
        List<Operation> ops = new ArrayList<>();
        sequences.added().forEach(s -> ops.add(new CreateSequence(s)));
        sequences.common().stream()
                .filter(pair -> !pair.current().equals(pair.target()))
                .forEach(pair -> ops.add(new AlterSequence(pair.current(), pair.target())));
        sequences.removed().forEach(s -> ops.add(new DropSequence(s)));
        return ops;
    }
}

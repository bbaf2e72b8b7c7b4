package autogen.diff;

import autogen.diff.op.AlterSequence;
import autogen.diff.op.CreateSequence;
import autogen.diff.op.DropSequence;
import autogen.diff.op.Operation;
import autogen.diff.op.SetSequenceOwner;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares sequences by name: their start and increment, and the column that owns one. The owner is its own step,
 * since it can only be set once the column exists and must be removed before the column goes. Entities never state
 * an owner, so a sequence the target leaves unowned, or does not have, stays as the database has it while its owning
 * column stays: its column's {@code nextval} default needs it.
 */
final class SequenceComparator {
    private SequenceComparator() {
    }

    static List<Operation> compare(List<Sequence> current, Schema target) {
        Matching<Sequence> sequences = Matching.byKey(current, target.sequences(), Sequence::name);
        List<Operation> ops = new ArrayList<>();
        for (Sequence added : sequences.added()) {
            ops.add(new CreateSequence(unowned(added)));
            added.ownedBy().ifPresent(o -> ops.add(new SetSequenceOwner(added.name(), Optional.empty(),
                    Optional.of(o))));
        }
        for (Matching.Pair<Sequence> pair : sequences.common()) {
            Sequence was = pair.current();
            Optional<Sequence.Owner> owner = pair.target().ownedBy().isPresent() ? pair.target().ownedBy()
                    : was.ownedBy().filter(o -> exists(target, o));
            if (!unowned(was).equals(unowned(pair.target()))) {
                ops.add(new AlterSequence(unowned(was), unowned(pair.target())));
            }
            if (!owner.equals(was.ownedBy())) {
                ops.add(new SetSequenceOwner(was.name(), was.ownedBy(), owner));
            }
        }
        for (Sequence removed : sequences.removed()) {
            if (removed.ownedBy().filter(o -> exists(target, o)).isPresent()) {
                // A serial column's sequence, whose column stays: it goes with the column, or with its default.
                continue;
            }
            removed.ownedBy().ifPresent(o -> ops.add(new SetSequenceOwner(removed.name(), Optional.of(o),
                    Optional.empty())));
            ops.add(new DropSequence(unowned(removed)));
        }
        return ops;
    }

    private static Sequence unowned(Sequence sequence) {
        return sequence.withOwner(Optional.empty());
    }

    private static boolean exists(Schema schema, Sequence.Owner owner) {
        return schema.table(owner.table()).flatMap(t -> t.column(owner.column())).isPresent();
    }
}

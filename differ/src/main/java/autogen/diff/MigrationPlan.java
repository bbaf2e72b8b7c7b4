package autogen.diff;

import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The ordered up steps of a migration; the down steps are derived, never hand-written. */
public record MigrationPlan(List<Operation> up) {
    public MigrationPlan {
        up = List.copyOf(up);
    }

    /** The inverse of every up step, in reverse order. */
    public List<Operation> down() {
        List<Operation> down = new ArrayList<>(up);
        Collections.reverse(down);
        return down.stream().map(Operation::inverse).toList();
    }

    public boolean isEmpty() {
        return up.isEmpty();
    }

    /** Every hazard of the up steps, in declaration order. */
    public Set<Hazard> hazards() {
        Set<Hazard> all = EnumSet.noneOf(Hazard.class);
        up.forEach(op -> all.addAll(op.hazards()));
        return all;
    }
}

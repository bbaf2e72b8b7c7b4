package autogen.diff;

import autogen.diff.op.CreateTable;
import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import autogen.schema.QualifiedName;
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
        hazardsByStep(up).forEach(all::addAll);
        return all;
    }

    /**
     * The hazards of each of {@code steps}, in one pass: a table that an earlier step creates has no rows, so
     * nothing done to it can fail on existing rows.
     */
    public static List<Set<Hazard>> hazardsByStep(List<Operation> steps) {
        Set<QualifiedName> created = new HashSet<>();
        List<Set<Hazard>> hazards = new ArrayList<>(steps.size());
        for (Operation op : steps) {
            Set<Hazard> these = op.hazards().isEmpty() ? EnumSet.noneOf(Hazard.class) : EnumSet.copyOf(op.hazards());
            if (these.contains(Hazard.MAY_FAIL_ON_EXISTING_ROWS)
                    && op.accept(TableOf.INSTANCE).filter(created::contains).isPresent()) {
                these.remove(Hazard.MAY_FAIL_ON_EXISTING_ROWS);
            }
            if (op instanceof CreateTable c) {
                created.add(c.table().name());
            }
            hazards.add(these);
        }
        return hazards;
    }
}

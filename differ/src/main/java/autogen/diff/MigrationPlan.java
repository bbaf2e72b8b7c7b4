package autogen.diff;

import autogen.diff.op.CreateTable;
import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
        up.forEach(op -> all.addAll(hazardsOf(up, op)));
        return all;
    }

    /**
     * The hazards of {@code op} as one step of {@code steps}: a table that an earlier step creates has no rows,
     * so nothing done to it can fail on existing rows.
     */
    public static Set<Hazard> hazardsOf(List<Operation> steps, Operation op) {
        Set<Hazard> hazards = EnumSet.noneOf(Hazard.class);
        hazards.addAll(op.hazards());
        if (hazards.contains(Hazard.MAY_FAIL_ON_EXISTING_ROWS)) {
            Optional<QualifiedName> table = op.accept(TableOf.INSTANCE);
            boolean createdEarlier = steps.subList(0, steps.indexOf(op)).stream()
                    .anyMatch(step -> step instanceof CreateTable c && table.equals(Optional.of(c.table().name())));
            if (createdEarlier) {
                hazards.remove(Hazard.MAY_FAIL_ON_EXISTING_ROWS);
            }
        }
        return hazards;
    }
}

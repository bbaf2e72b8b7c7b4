package autogen.diff;

import autogen.diff.op.AllowedValues;
import autogen.diff.op.ChangeAllowedValues;
import autogen.diff.op.Operation;
import autogen.diff.op.RenameConstraint;
import autogen.schema.CheckConstraint;
import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks that limit one column to an enum's constants, paired across the two sides of one comparison. Each
 * expression is parsed once per comparison: the tables of a model share a few dozen of them (one per enum and
 * column name), where parsing each check of each table again took a third of a large diff.
 */
final class EnumChecks {
    private final Map<String, Optional<AllowedValues>> parsed = new HashMap<>();

    /**
     * Pairs the checks that limit one column to an enum's constants, one on each side, and takes them out of
     * {@code current} and {@code target}: the same constants in another order are no difference, and other constants
     * are one change that reads as the constants gained and lost, not a drop and an add of two long expressions.
     */
    List<Operation> pair(QualifiedName table, List<CheckConstraint> current, List<CheckConstraint> target,
                         ConstraintComparator.Naming.Of<CheckConstraint> names) {
        List<Operation> ops = new ArrayList<>();
        for (CheckConstraint wanted : List.copyOf(target)) {
            // A check both sides have as it is needs no pairing, nor its expression parsed.
            if (current.contains(wanted)) {
                continue;
            }
            Optional<AllowedValues> values = of(wanted.expression());
            if (values.isEmpty()) {
                continue;
            }
            List<CheckConstraint> candidates = current.stream().filter(c -> of(c.expression())
                    .filter(v -> v.column().equals(values.get().column()) && v.ordinal() == values.get().ordinal())
                    .isPresent()).toList();
            if (candidates.size() != 1) {
                continue;
            }
            CheckConstraint found = candidates.get(0);
            current.remove(found);
            target.remove(wanted);
            boolean sameValues = Set.copyOf(of(found.expression()).get().values())
                    .equals(Set.copyOf(values.get().values()));
            if (!sameValues) {
                ops.add(new ChangeAllowedValues(table, found, wanted));
            } else if (!found.name().equals(wanted.name()) && names.renames(found, wanted)) {
                // The same values under another name: a rename, not a change of the values.
                ops.add(new RenameConstraint(table, found.name(), wanted.name()));
            }
        }
        return ops;
    }

    private Optional<AllowedValues> of(String expression) {
        return parsed.computeIfAbsent(expression, AllowedValues::of);
    }
}

package autogen.diff;

import autogen.diff.op.ChangeAllowedValues;
import autogen.diff.op.Operation;
import autogen.diff.op.RemapOrdinals;
import autogen.schema.OrdinalEnum;
import autogen.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the ORDINAL enum columns whose stored numbers would mean other constants: the entities' enum has its
 * constants in another order, or has lost one before the last, compared with what autogen's migrations recorded.
 * Each becomes a {@link RemapOrdinals}, which takes over the replacement of the column's range check when the plan
 * has one, so that the numbers are changed between the two checks.
 */
final class OrdinalComparator {
    private OrdinalComparator() {
    }

    /** {@code ops} with a remap for each such column of a table both schemas have. */
    static List<Operation> compare(Schema current, Schema target, List<Operation> ops) {
        List<Operation> result = new ArrayList<>(ops);
        for (OrdinalEnum wanted : target.ordinals()) {
            Optional<OrdinalEnum> recorded = current.ordinal(wanted.table(), wanted.column());
            boolean columnKept = current.table(wanted.table()).flatMap(t -> t.column(wanted.column())).isPresent();
            if (recorded.isEmpty() || !columnKept || !meaningChanges(recorded.get(), wanted)) {
                continue;
            }
            Optional<ChangeAllowedValues> check = result.stream()
                    .filter(ChangeAllowedValues.class::isInstance).map(ChangeAllowedValues.class::cast)
                    .filter(c -> c.table().equals(wanted.table()) && c.valuesBefore().ordinal()
                            && c.column().equals(wanted.column()))
                    .findFirst();
            check.ifPresent(result::remove);
            result.add(new RemapOrdinals(wanted.table(), wanted.column(), recorded.get().constants(),
                    wanted.constants(), check));
        }
        return result;
    }

    /** Whether some number stored today would name another constant, or none, under {@code after}. */
    private static boolean meaningChanges(OrdinalEnum before, OrdinalEnum after) {
        for (int i = 0; i < before.constants().size() && i < after.constants().size(); i++) {
            if (!before.constants().get(i).equals(after.constants().get(i))) {
                return true;
            }
        }
        return false;
    }
}

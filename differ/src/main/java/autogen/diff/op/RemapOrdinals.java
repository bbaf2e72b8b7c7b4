package autogen.diff.op;

import autogen.schema.QualifiedName;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps what the numbers stored in an ORDINAL enum column mean when the enum's constants are reordered or one is
 * removed: each stored number is changed to the new ordinal of its constant, and the migration fails while rows hold
 * the number of a removed constant. When the range of numbers changes, the column's check is replaced around the
 * update ({@code check}), so that neither the old nor the new range refuses a number in passing.
 */
public record RemapOrdinals(QualifiedName table, String column, List<String> before, List<String> after,
                            Optional<ChangeAllowedValues> check) implements Operation {
    public RemapOrdinals {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(check, "check");
    }

    @Override
    public Operation inverse() {
        return new RemapOrdinals(table, column, after, before, check.map(c -> new ChangeAllowedValues(c.table(), c.after(), c.before())));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.remapOrdinals(this);
    }

    /** The constants of {@code before} that {@code after} no longer has: rows holding them stop the migration. */
    public List<String> removed() {
        return before.stream().filter(c -> !after.contains(c)).toList();
    }

    /**
     * The stored numbers mean other constants from now on (an application still running the old enum misreads
     * them); the update fails where a row holds a removed constant; a replaced check scans the table.
     */
    @Override
    public Set<Hazard> hazards() {
        Set<Hazard> hazards = EnumSet.of(Hazard.CHANGES_ORDINAL_MEANING);
        if (!removed().isEmpty()) {
            hazards.add(Hazard.MAY_FAIL_ON_EXISTING_ROWS);
        }
        check.ifPresent(c -> hazards.add(Hazard.LOCKS_TABLE));
        return hazards;
    }
}

package autogen.diff.op;

import autogen.schema.CheckConstraint;
import autogen.schema.QualifiedName;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces the check that limits an enum column to its constants by one with other constants, in one statement:
 * the values it gains and loses are the whole of the change ({@link AllowedValues}).
 */
public record ChangeAllowedValues(QualifiedName table, CheckConstraint before, CheckConstraint after)
        implements Operation {
    public ChangeAllowedValues {
        if (AllowedValues.of(before.expression()).isEmpty() || AllowedValues.of(after.expression()).isEmpty()) {
            throw new IllegalArgumentException("not a check of allowed values: " + before + " / " + after);
        }
    }

    @Override
    public Operation inverse() {
        return new ChangeAllowedValues(table, after, before);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.changeAllowedValues(this);
    }

    public String column() {
        return valuesBefore().column();
    }

    public AllowedValues valuesBefore() {
        return AllowedValues.of(before.expression()).orElseThrow();
    }

    public AllowedValues valuesAfter() {
        return AllowedValues.of(after.expression()).orElseThrow();
    }

    public List<String> added() {
        return valuesBefore().added(valuesAfter());
    }

    public List<String> removed() {
        return valuesBefore().removed(valuesAfter());
    }

    /**
     * Adding the new check scans the table under an ACCESS EXCLUSIVE lock; it can only fail where a value is
     * removed, since every row already holds one of the old values.
     */
    @Override
    public Set<Hazard> hazards() {
        Set<Hazard> hazards = EnumSet.of(Hazard.LOCKS_TABLE);
        if (!removed().isEmpty()) {
            hazards.add(Hazard.MAY_FAIL_ON_EXISTING_ROWS);
        }
        return hazards;
    }
}

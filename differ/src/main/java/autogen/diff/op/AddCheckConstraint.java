package autogen.diff.op;

import autogen.schema.CheckConstraint;
import autogen.schema.QualifiedName;
import java.util.Set;

/**
 * Adds a CHECK constraint to an existing table; {@code notValid}, as {@code NOT VALID} and then validated in a
 * transaction of its own, so that the rows are read under a lock that lets writes go on.
 */
public record AddCheckConstraint(QualifiedName table, CheckConstraint check, boolean notValid) implements Operation {
    public AddCheckConstraint(QualifiedName table, CheckConstraint check) {
        this(table, check, false);
    }

    @Override
    public Operation inverse() {
        return new DropCheckConstraint(table, check);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addCheckConstraint(this);
    }

    @Override
    public Set<Hazard> hazards() {
        return notValid ? Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS)
                : Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.LOCKS_TABLE);
    }
}

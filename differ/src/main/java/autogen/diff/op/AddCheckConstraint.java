package autogen.diff.op;

import autogen.schema.CheckConstraint;
import autogen.schema.QualifiedName;
import java.util.Set;

/** Adds a CHECK constraint to an existing table. */
public record AddCheckConstraint(QualifiedName table, CheckConstraint check) implements Operation {
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
        return Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.LOCKS_TABLE);
    }
}

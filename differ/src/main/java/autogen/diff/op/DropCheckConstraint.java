package autogen.diff.op;

import autogen.schema.CheckConstraint;
import autogen.schema.QualifiedName;
import java.util.Set;

/** Drops a CHECK constraint. */
public record DropCheckConstraint(QualifiedName table, CheckConstraint check) implements Operation {
    @Override
    public Operation inverse() {
        return new AddCheckConstraint(table, check);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropCheckConstraint(this);
    }

    /** The application may rely on the check it drops. */
    @Override
    public Set<Hazard> hazards() {
        return Set.of(Hazard.WEAKENS_SCHEMA);
    }
}

package autogen.diff.op;

import autogen.schema.QualifiedName;
import autogen.schema.UniqueConstraint;
import java.util.Set;

/** Adds a UNIQUE constraint. */
public record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements Operation {
    @Override
    public Operation inverse() {
        return new DropUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addUniqueConstraint(this);
    }

    @Override
    public Set<Hazard> hazards() {
        return Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.LOCKS_TABLE);
    }
}

package autogen.diff.op;

import autogen.schema.QualifiedName;
import autogen.schema.UniqueConstraint;
import java.util.Set;

/**
 * Adds a UNIQUE constraint; {@code usingIndex}, on a unique index built concurrently first, so that only attaching
 * it takes a strong lock, for a moment.
 */
public record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint, boolean usingIndex)
        implements Operation {
    public AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) {
        this(table, constraint, false);
    }

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
        return usingIndex ? Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS)
                : Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.LOCKS_TABLE);
    }
}

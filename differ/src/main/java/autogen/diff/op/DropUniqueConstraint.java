package autogen.diff.op;

import autogen.schema.QualifiedName;
import autogen.schema.UniqueConstraint;
import java.util.Set;

/** Drops a UNIQUE constraint. */
public record DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements Operation {
    @Override
    public Operation inverse() {
        return new AddUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropUniqueConstraint(this);
    }

    /** The application may rely on the unique constraint it drops. */
    @Override
    public Set<Hazard> hazards() {
        return Set.of(Hazard.WEAKENS_SCHEMA);
    }
}

package autogen.diff.op;

import autogen.schema.QualifiedName;
import autogen.schema.UniqueConstraint;

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
}

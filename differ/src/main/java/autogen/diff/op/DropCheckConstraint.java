package autogen.diff.op;

import autogen.schema.CheckConstraint;
import autogen.schema.QualifiedName;

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
}

package autogen.diff.op;

import autogen.schema.QualifiedName;
import autogen.schema.Trigger;

/** Drops a trigger of autogen's from a table. */
public record DropTrigger(QualifiedName table, Trigger trigger) implements Operation {
    @Override
    public Operation inverse() {
        return new CreateTrigger(table, trigger);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTrigger(this);
    }
}

package autogen.diff.op;

import autogen.schema.QualifiedName;
import autogen.schema.Trigger;

/** Creates a BEFORE UPDATE row trigger on a table. */
public record CreateTrigger(QualifiedName table, Trigger trigger) implements Operation {
    @Override
    public Operation inverse() {
        return new DropTrigger(table, trigger);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTrigger(this);
    }
}

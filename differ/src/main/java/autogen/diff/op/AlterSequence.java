package autogen.diff.op;

import autogen.schema.Sequence;

/** Changes a sequence's increment (what Hibernate's allocationSize must match) or start value. */
public record AlterSequence(Sequence before, Sequence after) implements Operation {
    @Override
    public Operation inverse() {
        return new AlterSequence(after, before);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterSequence(this);
    }
}

package autogen.diff.op;

import autogen.schema.Sequence;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {
    @Override
    public Operation inverse() {
        return new DropSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSequence(this);
    }
}

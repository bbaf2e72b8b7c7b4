package autogen.diff.op;

import autogen.schema.Sequence;
import java.util.Set;

/** Drops a sequence; the downgrade recreates it at its start value, not at its last value. */
public record DropSequence(Sequence sequence) implements Operation {
    @Override
    public Operation inverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSequence(this);
    }

    @Override
    public Set<Hazard> hazards() {
        return Set.of(Hazard.DELETES_DATA);
    }
}

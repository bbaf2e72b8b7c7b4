package autogen.diff.op;

import autogen.schema.QualifiedName;
import autogen.schema.Sequence;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes a column the owner of a sequence ({@code OWNED BY}), as a {@code serial} column owns its own, or no column
 * ({@code OWNED BY NONE}): an owned sequence goes when its column or table goes, so an owner is removed before a
 * plan drops the owner, and set once the owning column exists.
 */
public record SetSequenceOwner(QualifiedName sequence, Optional<Sequence.Owner> before,
                               Optional<Sequence.Owner> after) implements Operation {
    public SetSequenceOwner {
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public Operation inverse() {
        return new SetSequenceOwner(sequence, after, before);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.setSequenceOwner(this);
    }
}

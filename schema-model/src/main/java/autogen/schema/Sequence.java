package autogen.schema;

import java.util.Objects;

/** A free-standing sequence (not one owned by an identity column). */
public record Sequence(QualifiedName name, long start, long increment) {
    public Sequence {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " has increment 0");
        }
    }
}

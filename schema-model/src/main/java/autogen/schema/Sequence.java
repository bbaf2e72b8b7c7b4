package autogen.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A sequence that no identity column owns: free-standing, or the sequence of a {@code serial} column, which that
 * column owns ({@code OWNED BY}, so that it goes with the column) and draws from through its {@code nextval}
 * default.
 */
public record Sequence(QualifiedName name, long start, long increment, Optional<Owner> ownedBy) {
    /** The column that owns a sequence ({@code ALTER SEQUENCE ... OWNED BY table.column}). */
    public record Owner(QualifiedName table, String column) {
        public Owner {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownedBy, "ownedBy");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " has increment 0");
        }
    }

    /** A sequence no column owns, as entities declare them. */
    public Sequence(QualifiedName name, long start, long increment) {
        this(name, start, increment, Optional.empty());
    }

    public Sequence withOwner(Optional<Owner> owner) {
        return new Sequence(name, start, increment, owner);
    }

    // equals and hashCode are written out, as QualifiedName's are and for the same reason.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Sequence that
                && start == that.start
                && increment == that.increment
                && name.equals(that.name)
                && ownedBy.equals(that.ownedBy);
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + Long.hashCode(start);
        hash = 31 * hash + Long.hashCode(increment);
        hash = 31 * hash + ownedBy.hashCode();
        return hash;
    }
}

package autogen.schema;

import java.util.List;
import java.util.Objects;

/** A UNIQUE table constraint (as opposed to a unique index, see {@link Index}). */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    // equals and hashCode are written out, as QualifiedName's are and for the same reason.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof UniqueConstraint that
                && name.equals(that.name)
                && columns.equals(that.columns);
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + columns.hashCode();
        return hash;
    }
}

package autogen.schema;

import java.util.List;
import java.util.Objects;

/** A plain b-tree index on columns of one table, possibly unique; it backs no constraint. */
public record Index(String name, List<String> columns, boolean unique) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    // equals and hashCode are written out, as QualifiedName's are and for the same reason.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Index that
                && unique == that.unique
                && name.equals(that.name)
                && columns.equals(that.columns);
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + columns.hashCode();
        hash = 31 * hash + Boolean.hashCode(unique);
        return hash;
    }
}

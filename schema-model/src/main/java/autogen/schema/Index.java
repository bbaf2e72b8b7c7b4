package autogen.schema;

import java.util.List;
import java.util.Objects;

/** A plain b-tree index on columns of one table, possibly unique; it backs no constraint. */
public record Index(String name, List<String> columns, boolean unique) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}

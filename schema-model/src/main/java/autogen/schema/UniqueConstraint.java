package autogen.schema;

import java.util.List;
import java.util.Objects;

/** A UNIQUE table constraint (as opposed to a unique index, see {@link Index}). */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}

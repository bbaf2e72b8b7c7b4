package autogen.schema;

import java.util.List;
import java.util.Objects;

/** A native PostgreSQL enum type ({@code CREATE TYPE ... AS ENUM}); value order is significant. */
public record EnumType(QualifiedName name, List<String> values) {
    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}

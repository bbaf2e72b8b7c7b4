package autogen.schema;

import java.util.Comparator;
import java.util.Objects;

/** A schema-qualified object name, both parts spelled as PostgreSQL stores them (unquoted, case kept). */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    /** The schema PostgreSQL uses when none is named. */
    public static final String DEFAULT_SCHEMA = "public";

    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        if (schema.isEmpty() || name.isEmpty()) {
            throw new IllegalArgumentException("empty name part in '" + schema + "." + name + "'");
        }
    }

    /** A name in the default schema. */
    public static QualifiedName of(String name) {
        return new QualifiedName(DEFAULT_SCHEMA, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}

package autogen.schema;

import java.util.Objects;

/** A schema-qualified object name, both parts spelled as PostgreSQL stores them (unquoted, case kept). */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    /** The schema PostgreSQL uses when none is named. */
    public static final String DEFAULT_SCHEMA = "public";

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

    // equals, hashCode and compareTo are written out: names are the keys of every map and sort in autogen, and
    // a record's generated methods go through method handles, which the C1-only JVM of the CLI links slowly on
    // first use (about 2 ms a record) and runs several times slower (the catalog's 75,000 columns are grouped by
    // table name, say). The model's records that are compared by the thousand do the same; RecordEqualityTest
    // holds each to the record's meaning, every component counting.
    @Override
    public boolean equals(Object other) {
        return other instanceof QualifiedName that && name.equals(that.name) && schema.equals(that.schema);
    }

    @Override
    public int hashCode() {
        return 31 * schema.hashCode() + name.hashCode();
    }

    @Override
    public int compareTo(QualifiedName other) {
        int bySchema = schema.compareTo(other.schema);
        return bySchema != 0 ? bySchema : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}

package autogen.introspect;

import autogen.schema.Column;
import autogen.schema.Identity;
import java.util.Optional;

/**
 * The part of a column whose spelling PostgreSQL canonicalizes: its type, which may be a whole column
 * definition ({@code @Column(columnDefinition = ...)}), and its default.
 */
record ColumnSpec(String type, Optional<String> defaultExpression) {
    /** Identity and generated columns have no default of their own, so only their type is looked up. */
    static ColumnSpec of(Column column) {
        boolean defaultable = column.identity() == Identity.NONE && column.generatedExpression().isEmpty();
        return new ColumnSpec(column.type(), defaultable ? column.defaultExpression() : Optional.empty());
    }

    /** The column definition after its name, verbatim: both parts are SQL fragments from the model. */
    String definition() {
        return type + defaultExpression.map(d -> " default " + d).orElse("");
    }

    // Written out: every column of both models is looked up by its spec, and a record's generated methods go
    // through method handles, which the C1-only JVM of the CLI runs several times slower.
    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnSpec that && type.equals(that.type)
                && defaultExpression.equals(that.defaultExpression);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + defaultExpression.hashCode();
    }

    String describe() {
        return "type \"" + type + "\"" + defaultExpression.map(d -> " with default \"" + d + "\"").orElse("");
    }
}

package autogen.introspect;

import autogen.schema.Column;
import autogen.schema.Identity;
import java.util.Optional;

/** The part of a column whose spelling PostgreSQL canonicalizes: its type and its default. */
record ColumnSpec(String type, Optional<String> defaultExpression) {
    /** Identity columns have no default of their own, so only their type is looked up. */
    static ColumnSpec of(Column column) {
        Optional<String> defaultExpression = column.identity() == Identity.NONE
                ? column.defaultExpression()
                : Optional.empty();
        return new ColumnSpec(column.type(), defaultExpression);
    }

    Column applyTo(Column column) {
        Column typed = column.withType(type);
        return column.identity() == Identity.NONE ? typed.withDefault(defaultExpression) : typed;
    }

    /** The column definition after its name, verbatim: both parts are SQL fragments from the model. */
    String definition() {
        return type + defaultExpression.map(d -> " default " + d).orElse("");
    }

    String describe() {
        return ("type \"" + type + "\"" + defaultExpression.map(d -> " with default \"" + d + "\"").orElse(""))
                .replaceAll("\\R", " ");
    }
}

package autogen.introspect;

import autogen.schema.Column;
import autogen.schema.Identity;
import java.util.Optional;

/**
 * What PostgreSQL made of a {@link ColumnSpec}: the type as {@code format_type} prints it and, from a
 * definition that says so, a default, NOT NULL or a generation expression.
 */
record SpelledColumn(String type, Optional<String> defaultExpression, boolean notNull,
                     Optional<String> generatedExpression) {
    /** {@code column} with these facts; it stays nullable only if neither the model nor the definition says not. */
    Column applyTo(Column column) {
        Column typed = column.withType(type).withNullable(column.nullable() && !notNull);
        if (generatedExpression.isPresent()) {
            return typed.withGenerated(generatedExpression).withDefault(Optional.empty());
        }
        boolean defaultable = column.identity() == Identity.NONE && column.generatedExpression().isEmpty();
        return defaultable ? typed.withDefault(defaultExpression) : typed;
    }
}

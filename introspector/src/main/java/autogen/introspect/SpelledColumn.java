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
    /**
     * {@code column} with these facts; it stays nullable only if neither the model nor the definition says not.
     * The same instance when nothing changes, which is most columns once spelled: callers compare by identity.
     */
    Column applyTo(Column column) {
        boolean nullable = column.nullable() && !notNull;
        boolean defaultable = column.identity() == Identity.NONE && column.generatedExpression().isEmpty();
        Optional<String> generated = generatedExpression.isPresent() ? generatedExpression
                : column.generatedExpression();
        // A definition that generates the column takes its default away; identity and generated columns have no
        // default of their own to spell (ColumnSpec.of), so theirs stays.
        Optional<String> defaultValue = generatedExpression.isPresent() ? Optional.empty()
                : defaultable ? defaultExpression : column.defaultExpression();
        if (type.equals(column.type()) && nullable == column.nullable()
                && generated.equals(column.generatedExpression()) && defaultValue.equals(column.defaultExpression())) {
            return column;
        }
        return column.withType(type).withNullable(nullable).withGenerated(generated).withDefault(defaultValue);
    }
}

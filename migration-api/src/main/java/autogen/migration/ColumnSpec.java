package autogen.migration;

import autogen.schema.Column;
import autogen.schema.Identity;
import java.util.Optional;

/** A column as a migration declares it: {@code column("email", "text").notNull()}. */
public record ColumnSpec(Column column) implements TableElement {

    public ColumnSpec notNull() {
        return new ColumnSpec(column.withNullable(false));
    }

    /** A server default: SQL expression text such as {@code "now()"} or {@code "'draft'::character varying"}. */
    public ColumnSpec defaultValue(String expression) {
        return new ColumnSpec(column.withDefault(Optional.of(expression)));
    }

    public ColumnSpec generatedByDefaultAsIdentity() {
        return new ColumnSpec(column.withIdentity(Identity.BY_DEFAULT).withNullable(false));
    }

    public ColumnSpec generatedAlwaysAsIdentity() {
        return new ColumnSpec(column.withIdentity(Identity.ALWAYS).withNullable(false));
    }

    /** A stored generated column: {@code GENERATED ALWAYS AS (expression) STORED}. */
    public ColumnSpec generatedAs(String expression) {
        return new ColumnSpec(column.withGenerated(Optional.of(expression)));
    }

    public ColumnSpec comment(String text) {
        return new ColumnSpec(column.withComment(Optional.of(text)));
    }
}

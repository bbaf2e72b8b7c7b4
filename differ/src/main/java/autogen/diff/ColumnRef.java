package autogen.diff;

import autogen.migration.NameText;
import autogen.schema.QualifiedName;
import java.util.Objects;

/** A column of a table, as hints name it: {@code users.email} or {@code billing.invoices.total}. */
public record ColumnRef(QualifiedName table, String column) {
    public ColumnRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public String toString() {
        return NameText.of(table) + "." + column;
    }
}

package autogen.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * What in the entities declares a table or a column: {@code Account} for the table of entity {@code Account},
 * {@code Account.enabled} for the column of its field {@code enabled}. Only the entities' model has these; messages
 * name the mapping a user edits instead of the table it becomes.
 */
public record Origin(QualifiedName table, Optional<String> column, String declaredBy) {
    public Origin {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(declaredBy, "declaredBy");
    }
}

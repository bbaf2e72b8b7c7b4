package autogen.diff.op;

import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.migration.sql.Placeholder;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Drops a column; holds the whole column so the downgrade can add it back, and for a NOT NULL column with no default
 * the value that downgrade gives the rows that exist then ({@link Placeholder}), so that it runs on a table with rows.
 */
public record DropColumn(QualifiedName table, Column column, Optional<String> refill) implements Operation {
    public DropColumn(QualifiedName table, Column column) {
        this(table, column, Placeholder.needed(column) ? Placeholder.of(column.type(), List.of()) : Optional.empty());
    }

    @Override
    public Operation inverse() {
        return new AddColumn(table, column, refill);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }

    @Override
    public Set<Hazard> hazards() {
        return Set.of(Hazard.DELETES_DATA);
    }
}

package autogen.diff.op;

import autogen.schema.Index;
import autogen.schema.QualifiedName;
import java.util.Set;

/**
 * Creates an index on a table; {@code concurrently}, without blocking its writes, as a step outside the migration's
 * transaction.
 */
public record CreateIndex(QualifiedName table, Index index, boolean concurrently) implements Operation {
    public CreateIndex(QualifiedName table, Index index) {
        this(table, index, false);
    }

    @Override
    public Operation inverse() {
        return new DropIndex(table, index, concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }

    @Override
    public Set<Hazard> hazards() {
        if (concurrently) {
            return index.unique() ? Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS) : Set.of();
        }
        return index.unique() ? Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.LOCKS_TABLE)
                : Set.of(Hazard.LOCKS_TABLE);
    }
}

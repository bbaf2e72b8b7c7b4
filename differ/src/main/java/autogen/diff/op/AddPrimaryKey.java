package autogen.diff.op;

import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import java.util.Set;

/**
 * Adds a primary key constraint; {@code usingIndex}, on a unique index built concurrently first, so that the
 * strong lock is held only to attach it (and, for columns that allow NULL, to check them).
 */
public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey, boolean usingIndex) implements Operation {
    public AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) {
        this(table, primaryKey, false);
    }

    @Override
    public Operation inverse() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addPrimaryKey(this);
    }

    @Override
    public Set<Hazard> hazards() {
        return usingIndex ? Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS)
                : Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.LOCKS_TABLE);
    }
}

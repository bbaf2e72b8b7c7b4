package autogen.diff.op;

import autogen.schema.Index;
import autogen.schema.QualifiedName;
import java.util.Set;

/** Creates an index on a table. */
public record CreateIndex(QualifiedName table, Index index) implements Operation {
    @Override
    public Operation inverse() {
        return new DropIndex(table, index);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }

    @Override
    public Set<Hazard> hazards() {
        return index.unique() ? Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.LOCKS_TABLE)
                : Set.of(Hazard.LOCKS_TABLE);
    }
}

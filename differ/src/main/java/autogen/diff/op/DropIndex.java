package autogen.diff.op;

import autogen.schema.Index;
import autogen.schema.QualifiedName;
import java.util.Set;

/** Drops an index; {@code concurrently}, without blocking the table's reads and writes. */
public record DropIndex(QualifiedName table, Index index, boolean concurrently) implements Operation {
    public DropIndex(QualifiedName table, Index index) {
        this(table, index, false);
    }

    @Override
    public Operation inverse() {
        return new CreateIndex(table, index, concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }

    /** The application may rely on the index it drops. */
    @Override
    public Set<Hazard> hazards() {
        return Set.of(Hazard.WEAKENS_SCHEMA);
    }
}

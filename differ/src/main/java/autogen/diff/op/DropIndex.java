package autogen.diff.op;

import autogen.schema.Index;
import autogen.schema.QualifiedName;
import java.util.Set;

/** Drops an index. */
public record DropIndex(QualifiedName table, Index index) implements Operation {
    @Override
    public Operation inverse() {
        return new CreateIndex(table, index);
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

package autogen.diff.op;

import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import java.util.Set;

/** Drops a primary key constraint. */
public record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Operation {
    @Override
    public Operation inverse() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropPrimaryKey(this);
    }

    /** The application may rely on the primary key it drops. */
    @Override
    public Set<Hazard> hazards() {
        return Set.of(Hazard.WEAKENS_SCHEMA);
    }
}

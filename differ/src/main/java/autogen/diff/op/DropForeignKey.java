package autogen.diff.op;

import autogen.schema.ForeignKey;
import autogen.schema.QualifiedName;
import java.util.Set;

/** Drops a foreign key constraint. */
public record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements Operation {
    @Override
    public Operation inverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropForeignKey(this);
    }

    /** The application may rely on the foreign key it drops. */
    @Override
    public Set<Hazard> hazards() {
        return Set.of(Hazard.WEAKENS_SCHEMA);
    }
}

package autogen.diff.op;

import autogen.schema.ForeignKey;
import autogen.schema.QualifiedName;
import java.util.Set;

/** Adds a foreign key constraint. */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements Operation {
    @Override
    public Operation inverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addForeignKey(this);
    }

    @Override
    public Set<Hazard> hazards() {
        return Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.LOCKS_TABLE);
    }
}

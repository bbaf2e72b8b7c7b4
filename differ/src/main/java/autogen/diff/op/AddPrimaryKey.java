package autogen.diff.op;

import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import java.util.Set;

/** Adds a primary key constraint. */
public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Operation {
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
        return Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.LOCKS_TABLE);
    }
}

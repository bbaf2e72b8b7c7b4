package autogen.diff.op;

import autogen.schema.ForeignKey;
import autogen.schema.QualifiedName;
import java.util.Set;

/**
 * Adds a foreign key constraint; {@code notValid}, as {@code NOT VALID} and then validated in a transaction of its
 * own, so that the rows are read under a lock that lets writes go on.
 */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey, boolean notValid) implements Operation {
    public AddForeignKey(QualifiedName table, ForeignKey foreignKey) {
        this(table, foreignKey, false);
    }

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
        return notValid ? Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS)
                : Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.LOCKS_TABLE);
    }
}

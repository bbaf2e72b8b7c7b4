package autogen.diff.op;

import autogen.schema.Column;
import autogen.schema.QualifiedName;
import java.util.Set;

/** Drops a column; holds the whole column so the downgrade can add it back. */
public record DropColumn(QualifiedName table, Column column) implements Operation {
    @Override
    public Operation inverse() {
        return new AddColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }

    @Override
    public Set<Hazard> hazards() {
        return Set.of(Hazard.DELETES_DATA);
    }
}

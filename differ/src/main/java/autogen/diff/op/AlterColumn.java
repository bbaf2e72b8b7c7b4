package autogen.diff.op;

import autogen.schema.Column;
import autogen.schema.QualifiedName;
import java.util.Set;

/** Changes a column's type, nullability, default or identity; holds both states so it inverts itself. */
public record AlterColumn(QualifiedName table, Column before, Column after) implements Operation {
    public AlterColumn {
        if (!before.name().equals(after.name())) {
            throw new IllegalArgumentException("AlterColumn cannot rename " + before.name() + " to " + after.name());
        }
    }

    @Override
    public Operation inverse() {
        return new AlterColumn(table, after, before);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumn(this);
    }

    /** A type change may fail to convert stored values; SET NOT NULL fails when a row holds NULL. */
    @Override
    public Set<Hazard> hazards() {
        boolean typeChanged = !before.type().equals(after.type());
        boolean tightened = before.nullable() && !after.nullable();
        return typeChanged || tightened ? Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS) : Set.of();
    }
}

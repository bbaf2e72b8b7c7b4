package autogen.diff.op;

import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.QualifiedName;
import java.util.Set;

/** Adds a column to an existing table. */
public record AddColumn(QualifiedName table, Column column) implements Operation {
    @Override
    public Operation inverse() {
        return new DropColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }

    /** A NOT NULL column with nothing to fill existing rows fails on a non-empty table (add, backfill, then set NOT NULL). */
    @Override
    public Set<Hazard> hazards() {
        boolean unfillable = !column.nullable() && column.defaultExpression().isEmpty()
                && column.identity() == Identity.NONE;
        return unfillable ? Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS) : Set.of();
    }
}

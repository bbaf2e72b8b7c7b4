package autogen.diff.op;

import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.QualifiedName;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a column to an existing table. {@code fillExisting}, a constant, is what rows that exist get in a NOT NULL
 * column with no default of its own: a downgrade restoring a dropped column adds it with that as a default for the
 * moment, then drops the default.
 */
public record AddColumn(QualifiedName table, Column column, Optional<String> fillExisting) implements Operation {
    public AddColumn(QualifiedName table, Column column) {
        this(table, column, Optional.empty());
    }

    @Override
    public Operation inverse() {
        return new DropColumn(table, column, fillExisting);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }

    /**
     * Whether each existing row gets a value of its own: an identity, a stored generated column, a volatile default
     * ({@code nextval}, {@code random()}); a constant or stable default gives every row the same one.
     */
    public boolean computesEachRow() {
        return column.identity() != Identity.NONE || column.generatedExpression().isPresent()
                || column.defaultExpression().filter(Volatility::volatileDefault).isPresent();
    }

    /**
     * A NOT NULL column with nothing to fill existing rows fails on a non-empty table (add, backfill, then set NOT
     * NULL). A column whose value each row computes anew (a volatile default, an identity, a stored generated
     * column) rewrites the table; a constant or stable default does not since PostgreSQL 11.
     */
    @Override
    public Set<Hazard> hazards() {
        boolean unfillable = !column.nullable() && column.defaultExpression().isEmpty() && fillExisting.isEmpty()
                && column.identity() == Identity.NONE && column.generatedExpression().isEmpty();
        boolean rewrites = computesEachRow();
        if (!unfillable && !rewrites) {
            return Set.of();
        }
        Set<Hazard> hazards = EnumSet.noneOf(Hazard.class);
        if (unfillable) {
            hazards.add(Hazard.MAY_FAIL_ON_EXISTING_ROWS);
        }
        if (rewrites) {
            hazards.add(Hazard.REWRITES_TABLE);
        }
        return hazards;
    }
}

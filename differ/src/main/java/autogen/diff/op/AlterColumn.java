package autogen.diff.op;

import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.QualifiedName;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Changes a column's type, nullability, default or identity; holds both states so it inverts itself. A column that
 * becomes NOT NULL may have its NULLs filled first ({@link Fill}); its inverse has nothing to fill. With
 * {@code online}, the NOT NULL is proven by a check added {@code NOT VALID} and validated under a lock that lets
 * writes go on, so that {@code SET NOT NULL} itself need not scan the table.
 */
public record AlterColumn(QualifiedName table, Column before, Column after, Optional<Fill> fill, boolean online)
        implements Operation {
    public AlterColumn {
        if (!before.name().equals(after.name())) {
            throw new IllegalArgumentException("AlterColumn cannot rename " + before.name() + " to " + after.name());
        }
        if (fill.isPresent() && !(before.nullable() && !after.nullable())) {
            throw new IllegalArgumentException("only a column that becomes NOT NULL is filled: " + after.name());
        }
    }

    public AlterColumn(QualifiedName table, Column before, Column after) {
        this(table, before, after, Optional.empty());
    }

    public AlterColumn(QualifiedName table, Column before, Column after, Optional<Fill> fill) {
        this(table, before, after, fill, false);
    }

    /** Whether it makes the column NOT NULL. */
    public boolean setsNotNull() {
        return before.nullable() && !after.nullable();
    }

    @Override
    public Operation inverse() {
        return new AlterColumn(table, after, before);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumn(this);
    }

    /**
     * A type change risks what its {@link TypeChange} risks; SET NOT NULL scans the table under an ACCESS EXCLUSIVE
     * lock and fails when a row holds NULL, unless the NULLs are filled first; dropping a NOT NULL, a default or an identity weakens the schema; a new
     * generation expression rewrites the table.
     */
    @Override
    public Set<Hazard> hazards() {
        Set<Hazard> hazards = EnumSet.noneOf(Hazard.class);
        if (!before.type().equals(after.type())) {
            hazards.addAll(TypeChange.of(before.type(), after.type()).hazards());
        }
        if (before.nullable() && !after.nullable()) {
            if (!(fill.orElse(null) instanceof Fill.With)) {
                hazards.add(Hazard.MAY_FAIL_ON_EXISTING_ROWS);
            }
            if (!online) {
                hazards.add(Hazard.LOCKS_TABLE);
            }
        }
        boolean defaultDropped = before.defaultExpression().isPresent() && after.defaultExpression().isEmpty();
        boolean identityDropped = before.identity() != Identity.NONE && after.identity() == Identity.NONE;
        if (!before.nullable() && after.nullable() || defaultDropped || identityDropped) {
            hazards.add(Hazard.WEAKENS_SCHEMA);
        }
        if (after.generatedExpression().isPresent() && !after.generatedExpression().equals(before.generatedExpression())) {
            hazards.add(Hazard.REWRITES_TABLE);
        }
        return hazards;
    }
}

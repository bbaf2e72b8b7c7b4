package autogen.diff.op;

import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.QualifiedName;
import autogen.schema.Sequence;
import java.util.Objects;

/**
 * Turns a {@code serial} column (a {@code nextval} default on a sequence the column owns) into an identity column,
 * or back. The values the column holds stay; the new generator starts after the highest of them and of the old
 * generator's last value, as the database holds them when the migration runs, so that no new row reuses an id.
 * {@code before} and {@code after} differ only in that: one of them is the serial column, the other the identity.
 */
public record ConvertSerialColumn(QualifiedName table, Column before, Column after, Sequence sequence)
        implements Operation {
    public ConvertSerialColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(sequence, "sequence");
        if (!before.name().equals(after.name())
                || (before.identity() == Identity.NONE) == (after.identity() == Identity.NONE)) {
            throw new IllegalArgumentException("a serial column and an identity column of one name, not " + before
                    + " and " + after);
        }
    }

    /** Whether the serial column becomes an identity column (else the identity becomes serial again). */
    public boolean toIdentity() {
        return after.identity() != Identity.NONE;
    }

    /** The identity column's side. */
    public Column identity() {
        return toIdentity() ? after : before;
    }

    @Override
    public Operation inverse() {
        return new ConvertSerialColumn(table, after, before, sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.convertSerialColumn(this);
    }
}

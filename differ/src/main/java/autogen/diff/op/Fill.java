package autogen.diff.op;

import java.util.Objects;

/**
 * How the NULLs of a column are filled before it becomes NOT NULL: with an SQL expression the user gave (a
 * {@code --backfill} hint or the entity's default), or not yet, when the migration carries a guard that refuses to
 * run while a row holds NULL, until the reviewer writes the backfill in.
 */
public sealed interface Fill {
    /** {@code UPDATE ... SET column = expression WHERE column IS NULL}. */
    record With(String expression) implements Fill {
        public With {
            Objects.requireNonNull(expression, "expression");
        }
    }

    /** A guard: the migration fails with a message naming the column while a row holds NULL. */
    record Required() implements Fill {
    }
}

package autogen.schema;

import java.util.Objects;

/**
 * A CHECK constraint. {@code expression} is the boolean expression without the {@code CHECK} keyword; after
 * normalization it is spelled as PostgreSQL's {@code pg_get_constraintdef} prints it inside {@code CHECK (...)}.
 */
public record CheckConstraint(String name, String expression) {
    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }

    // equals and hashCode are written out, as QualifiedName's are and for the same reason.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof CheckConstraint that
                && name.equals(that.name)
                && expression.equals(that.expression);
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + expression.hashCode();
        return hash;
    }
}

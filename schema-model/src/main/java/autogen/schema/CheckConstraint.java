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
}

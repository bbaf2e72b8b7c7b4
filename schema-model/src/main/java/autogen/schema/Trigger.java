package autogen.schema;

import java.util.Objects;

/**
 * A {@code BEFORE UPDATE ... FOR EACH ROW} trigger that runs a trigger function of autogen's, such as the one
 * that keeps {@code updated_at} current. Other triggers are not modelled: autogen leaves them alone.
 */
public record Trigger(String name, QualifiedName function) {
    public Trigger {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
    }
}

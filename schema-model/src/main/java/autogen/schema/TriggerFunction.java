package autogen.schema;

import java.util.Objects;

/**
 * A PL/pgSQL trigger function of autogen's (no arguments, returns {@code trigger}); {@code body} is the text
 * between the dollar quotes, which PostgreSQL keeps verbatim ({@code pg_proc.prosrc}).
 */
public record TriggerFunction(QualifiedName name, String body) {
    public TriggerFunction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }
}

package autogen.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A table column. {@code type} is canonical PostgreSQL spelling as {@code format_type()} prints it
 * (e.g. "character varying(255)"); {@code defaultExpression} as {@code pg_get_expr()} prints it.
 */
public record Column(String name, String type, boolean nullable, Optional<String> defaultExpression,
                     Identity identity) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultExpression, "defaultExpression");
        Objects.requireNonNull(identity, "identity");
    }

    /** A nullable column with no default and no identity. */
    public static Column of(String name, String type) {
        return new Column(name, type, true, Optional.empty(), Identity.NONE);
    }

    public Column withType(String newType) {
        return new Column(name, newType, nullable, defaultExpression, identity);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity);
    }

    public Column withDefault(Optional<String> newDefault) {
        return new Column(name, type, nullable, newDefault, identity);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity);
    }
}

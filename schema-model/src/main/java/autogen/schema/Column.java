package autogen.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A table column. {@code type} is canonical PostgreSQL spelling as {@code format_type()} prints it
 * (e.g. "character varying(255)"); {@code defaultExpression} and {@code generatedExpression} (a stored
 * generated column's {@code GENERATED ALWAYS AS (...)}) as {@code pg_get_expr()} prints them.
 */
public record Column(String name, String type, boolean nullable, Optional<String> defaultExpression,
                     Identity identity, Optional<String> generatedExpression, Optional<String> comment) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultExpression, "defaultExpression");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(generatedExpression, "generatedExpression");
        Objects.requireNonNull(comment, "comment");
    }

    /** A column that is neither generated nor commented. */
    public Column(String name, String type, boolean nullable, Optional<String> defaultExpression, Identity identity) {
        this(name, type, nullable, defaultExpression, identity, Optional.empty(), Optional.empty());
    }

    /** A nullable column with no default and no identity. */
    public static Column of(String name, String type) {
        return new Column(name, type, true, Optional.empty(), Identity.NONE);
    }

    public Column withType(String newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, comment);
    }

    public Column withDefault(Optional<String> newDefault) {
        return new Column(name, type, nullable, newDefault, identity, generatedExpression, comment);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generatedExpression, comment);
    }

    public Column withGenerated(Optional<String> newGenerated) {
        return new Column(name, type, nullable, defaultExpression, identity, newGenerated, comment);
    }

    public Column withComment(Optional<String> newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, newComment);
    }

    // equals and hashCode are written out, as QualifiedName's are and for the same reason.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Column that
                && nullable == that.nullable
                && name.equals(that.name)
                && type.equals(that.type)
                && defaultExpression.equals(that.defaultExpression)
                && identity.equals(that.identity)
                && generatedExpression.equals(that.generatedExpression)
                && comment.equals(that.comment);
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + type.hashCode();
        hash = 31 * hash + Boolean.hashCode(nullable);
        hash = 31 * hash + defaultExpression.hashCode();
        hash = 31 * hash + identity.hashCode();
        hash = 31 * hash + generatedExpression.hashCode();
        hash = 31 * hash + comment.hashCode();
        return hash;
    }
}

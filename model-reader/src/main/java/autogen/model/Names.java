package autogen.model;

import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;

/** Spells Hibernate's identifiers the way PostgreSQL stores them. */
final class Names {
    private Names() {
    }

    /** PostgreSQL folds unquoted identifiers to lower case and keeps quoted ones as written. */
    static String fold(Identifier identifier) {
        return identifier.isQuoted() ? identifier.getText() : identifier.getText().toLowerCase(Locale.ROOT);
    }

    static String fold(org.hibernate.mapping.Column column) {
        return fold(new Identifier(column.getName(), column.isQuoted()));
    }

    /** Folds a name Hibernate holds as text, where quoting shows as backticks or double quotes. */
    static String fold(String name) {
        return fold(Identifier.toIdentifier(name));
    }
}

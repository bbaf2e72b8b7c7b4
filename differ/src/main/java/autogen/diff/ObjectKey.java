package autogen.diff;

import autogen.migration.NameText;
import autogen.schema.QualifiedName;
import java.util.Locale;
import java.util.Objects;

/**
 * A rule of the schema that an application may rely on, named so that it can be looked up: an index or a constraint
 * of a table by its name, a table's primary key, a column's NOT NULL or default by the column.
 */
public record ObjectKey(Kind kind, QualifiedName table, String name) {
    /** The kinds of rule that autogen keeps when the entities do not state them. */
    public enum Kind {
        INDEX, UNIQUE, PRIMARY_KEY, FOREIGN_KEY, CHECK, NOT_NULL, DEFAULT;

        /** As {@code --drop-unstated} spells it: {@code index}, {@code not-null}, {@code foreign-key}. */
        public String spelling() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ObjectKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }

    public static ObjectKey primaryKey(QualifiedName table) {
        return new ObjectKey(Kind.PRIMARY_KEY, table, "");
    }

    /** What names it on its own: the index's or constraint's name, {@code table.column}, or the table. */
    public String objectText() {
        return switch (kind) {
            case NOT_NULL, DEFAULT -> NameText.of(table) + "." + name;
            case PRIMARY_KEY -> NameText.of(table);
            default -> name;
        };
    }

    /** As a reader finds it: {@code index ix_users_email on users}, {@code not-null users.email}. */
    @Override
    public String toString() {
        return switch (kind) {
            case NOT_NULL, DEFAULT -> kind.spelling() + " " + NameText.of(table) + "." + name;
            case PRIMARY_KEY -> "primary key of " + NameText.of(table);
            default -> kind.spelling() + " " + name + " on " + NameText.of(table);
        };
    }
}

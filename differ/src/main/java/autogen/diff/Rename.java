package autogen.diff;

import autogen.migration.NameText;
import autogen.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/**
 * That a table, or a column of one, was renamed rather than dropped and another made: what a {@code --rename}
 * hint or a confirmed question says. {@code table} and {@code column} are the old names; a renamed table stays in
 * its schema.
 */
public record Rename(QualifiedName table, Optional<String> column, String newName) {
    public Rename {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(newName, "newName");
    }

    public static Rename table(QualifiedName table, String newName) {
        return new Rename(table, Optional.empty(), newName);
    }

    public static Rename column(QualifiedName table, String column, String newName) {
        return new Rename(table, Optional.of(column), newName);
    }

    /** As a hint spells it: {@code users.name=full_name} or {@code users=accounts}. */
    public String hint() {
        return NameText.of(table) + column.map(c -> "." + c).orElse("") + "=" + newName;
    }
}

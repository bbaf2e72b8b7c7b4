package autogen.migration;

import java.util.Optional;

/** A column that uses an enum type, with its default, for recreating that type: {@code usedBy("posts", "status")}. */
public record EnumColumn(String table, String column, Optional<String> defaultValue) {
    /** The column's default, an SQL expression that must be set again once the type is recreated. */
    public EnumColumn withDefault(String expression) {
        return new EnumColumn(table, column, Optional.of(expression));
    }
}

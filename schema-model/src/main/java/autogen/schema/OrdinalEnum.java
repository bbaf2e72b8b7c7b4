package autogen.schema;

import java.util.List;
import java.util.Objects;

/**
 * A column that stores a Java enum by ordinal: the constants in declaration order, so that the number {@code i}
 * stored in it means {@code constants.get(i)}. The database cannot tell; the entities and autogen's migrations can.
 */
public record OrdinalEnum(QualifiedName table, String column, List<String> constants) {
    public OrdinalEnum {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        constants = List.copyOf(constants);
    }

    /** As a migration records it: {@code schema.table.column=A,B,C}. */
    public String recorded() {
        return table.schema() + "." + table.name() + "." + column + "=" + String.join(",", constants);
    }

    /** One recorded by {@link #recorded()}; names with dots or commas in them are not recorded. */
    public static OrdinalEnum parse(String recorded) {
        int equals = recorded.indexOf('=');
        String[] where = recorded.substring(0, equals).split("\\.");
        if (equals < 0 || where.length != 3) {
            throw new IllegalArgumentException("not schema.table.column=A,B,C: " + recorded);
        }
        String values = recorded.substring(equals + 1);
        return new OrdinalEnum(new QualifiedName(where[0], where[1]), where[2],
                values.isEmpty() ? List.of() : List.of(values.split(",")));
    }

    /** Whether it can be recorded and read back as it is. */
    public boolean recordable() {
        return !table.schema().contains(".") && !table.name().contains(".") && !column.contains(".")
                && constants.stream().noneMatch(c -> c.contains(","));
    }
}

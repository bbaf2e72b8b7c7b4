package autogen.migration.sql;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The USING clause of a column type change. Within one type (a new length or precision) none is needed;
 * within a family of types PostgreSQL casts directly; across families the value goes through text, a cast
 * every type has, so the statement is always valid and only rows that do not convert can fail.
 *
 * <p>The cast never names the new type's length: an explicit cast to {@code character varying(255)} cuts a
 * longer string without a word, while the assignment PostgreSQL makes from the USING expression to the column's
 * type refuses it ("value too long"). So the expression is cast to the type without its modifiers, and the
 * assignment checks them.
 */
public final class TypeCast {
    private static final List<Set<String>> FAMILIES = List.of(
            Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision"),
            Set.of("character varying", "character", "text"),
            Set.of("date", "timestamp without time zone", "timestamp with time zone"),
            Set.of("json", "jsonb"));

    private TypeCast() {
    }

    /** The expression after USING for changing {@code column} from type {@code from} to {@code to}, if any. */
    public static Optional<String> using(String column, String from, String to) {
        String fromBase = base(from);
        String toBase = base(to);
        if (fromBase.equals(toBase)) {
            return Optional.empty();
        }
        boolean sameFamily = FAMILIES.stream().anyMatch(f -> f.contains(fromBase) && f.contains(toBase));
        return Optional.of(Sql.ident(column) + (sameFamily ? "" : "::text") + "::" + unlimited(to));
    }

    /**
     * {@code type} without length, precision or scale, arrays kept. A bare {@code character} or {@code bit} means
     * one character or bit, so those become their unlimited forms, {@code bpchar} and {@code bit varying}.
     */
    static String unlimited(String type) {
        String base = base(type);
        String element = base.replace("[]", "");
        String array = base.substring(element.length());
        return switch (element) {
            case "character" -> "bpchar" + array;
            case "bit" -> "bit varying" + array;
            default -> base;
        };
    }

    /** {@code timestamp(3) with time zone} and {@code character varying(40)} without their modifiers. */
    private static String base(String type) {
        return type.replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").trim();
    }
}

package autogen.migration.sql;

import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.TypeShape;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The value a downgrade gives existing rows in a NOT NULL column it brings back, when the column has no default:
 * the first allowed value of an enum column, else the type's zero (an empty string, 0, false, the epoch). Such a
 * value is a stand-in: the values the upgrade dropped are gone, and the migration's header says so.
 */
public final class Placeholder {
    private static final Map<String, String> ZERO = Map.ofEntries(
            Map.entry("text", "''"), Map.entry("character varying", "''"), Map.entry("character", "''"),
            Map.entry("smallint", "0"), Map.entry("integer", "0"), Map.entry("bigint", "0"),
            Map.entry("numeric", "0"), Map.entry("real", "0"), Map.entry("double precision", "0"),
            Map.entry("boolean", "false"), Map.entry("date", "'epoch'::date"),
            Map.entry("timestamp without time zone", "'epoch'::timestamp"),
            Map.entry("timestamp with time zone", "'epoch'::timestamptz"),
            Map.entry("time without time zone", "'00:00'::time"), Map.entry("interval", "'0'::interval"),
            Map.entry("uuid", "'00000000-0000-0000-0000-000000000000'::uuid"), Map.entry("bytea", "'\\x'::bytea"),
            Map.entry("jsonb", "'{}'::jsonb"), Map.entry("json", "'{}'::json"));

    private Placeholder() {
    }

    /** Whether rows that exist need a value to get {@code column} back: NOT NULL, nothing computes it. */
    public static boolean needed(Column column) {
        return !column.nullable() && column.defaultExpression().isEmpty() && column.identity() == Identity.NONE
                && column.generatedExpression().isEmpty();
    }

    /**
     * The stand-in for a column of {@code type}: the first of {@code allowed} (an enum column's constants) when
     * there are any, else the type's zero; empty for a type it knows no zero of (a domain, a native enum).
     */
    public static Optional<String> of(String type, List<String> allowed) {
        Optional<TypeShape> shape = TypeShape.of(type);
        if (shape.isEmpty()) {
            return Optional.empty();
        }
        if (shape.get().dimensions() > 0) {
            return Optional.of("'{}'");
        }
        if (!allowed.isEmpty()) {
            return Optional.of(shape.get().base().contains("character") || shape.get().base().equals("text")
                    ? Sql.literal(allowed.get(0)) : allowed.get(0));
        }
        return Optional.ofNullable(ZERO.get(shape.get().base()));
    }
}

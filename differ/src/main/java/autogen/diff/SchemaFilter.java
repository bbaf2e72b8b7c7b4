package autogen.diff;

import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which objects autogen may touch, applied alike to both sides of a comparison, so that what is excluded
 * never shows up as a difference and is never changed. Like Alembic's {@code include_object}.
 */
public record SchemaFilter(List<String> includeSchemas, List<String> excludeTables, Set<Kind> excludeKinds) {

    /** Object kinds that can be left out as a whole. */
    public enum Kind { TABLE, SEQUENCE, ENUM, INDEX, UNIQUE, FOREIGN_KEY, CHECK, COMMENT, TRIGGER }

    public SchemaFilter {
        includeSchemas = List.copyOf(includeSchemas);
        excludeTables = List.copyOf(excludeTables);
        excludeKinds = Set.copyOf(excludeKinds);
    }

    /** Everything included. */
    public static SchemaFilter none() {
        return new SchemaFilter(List.of(), List.of(), Set.of());
    }

    /** Parses a kind as users write it: {@code index}, {@code foreign_key}, {@code foreign-key}. */
    public static Optional<Kind> kind(String text) {
        try {
            return Optional.of(Kind.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Both sides of a comparison, filtered alike. */
    public record Filtered(Schema current, Schema target) {
    }

    /**
     * Filters both sides; a namespace in which the database holds anything excluded is left out of both, so
     * it is never dropped (nor created) for lack of what the filter hides.
     */
    public Filtered apply(Schema current, Schema target) {
        if (includeSchemas.isEmpty() && excludeTables.isEmpty() && excludeKinds.isEmpty()) {
            // The usual case: both sides as they are, not rebuilt table by table.
            return new Filtered(current, target);
        }
        Set<String> guarded = current.tables().stream()
                .filter(t -> !includes(t.name()) || excludeKinds.contains(Kind.TABLE))
                .map(t -> t.name().schema()).collect(java.util.stream.Collectors.toSet());
        return new Filtered(apply(current, guarded), apply(target, guarded));
    }

    private Schema apply(Schema schema, Set<String> guarded) {
        return new Schema(
                schema.namespaces().stream().filter(n -> includesSchema(n) && !guarded.contains(n)).toList(),
                excludeKinds.contains(Kind.ENUM) ? List.of()
                        : schema.enums().stream().filter(e -> includesSchema(e.name().schema())).toList(),
                excludeKinds.contains(Kind.TABLE) ? List.of()
                        : schema.tables().stream().filter(t -> includes(t.name())).map(this::apply).toList(),
                excludeKinds.contains(Kind.SEQUENCE) ? List.of()
                        : schema.sequences().stream().filter(s -> includesSchema(s.name().schema())).toList(),
                excludeKinds.contains(Kind.TRIGGER) ? List.of() : schema.functions(),
                schema.ordinals().stream().filter(o -> includes(o.table())).toList(),
                schema.origins().stream().filter(o -> includes(o.table())).toList());
    }

    private Table apply(Table t) {
        if (excludeKinds.isEmpty()) {
            return t;
        }
        boolean comments = !excludeKinds.contains(Kind.COMMENT);
        return new Table(t.name(),
                comments ? t.columns() : t.columns().stream().map(c -> c.withComment(Optional.empty())).toList(),
                t.primaryKey(),
                excludeKinds.contains(Kind.FOREIGN_KEY) ? List.of() : t.foreignKeys(),
                excludeKinds.contains(Kind.UNIQUE) ? List.of() : t.uniqueConstraints(),
                excludeKinds.contains(Kind.INDEX) ? List.of() : t.indexes(),
                excludeKinds.contains(Kind.CHECK) ? List.of() : t.checks(),
                comments ? t.comment() : Optional.empty(),
                excludeKinds.contains(Kind.TRIGGER) ? List.of() : t.triggers());
    }

    private boolean includesSchema(String schema) {
        return includeSchemas.isEmpty() || includeSchemas.contains(schema);
    }

    private boolean includes(QualifiedName table) {
        return includesSchema(table.schema()) && excludeTables.stream().noneMatch(p -> matches(p, table));
    }

    /** A pattern matches {@code table} or {@code schema.table}; {@code *} is any run of characters, {@code ?} one. */
    public static boolean matches(String pattern, QualifiedName table) {
        Pattern glob = glob(pattern);
        return glob.matcher(table.name()).matches() || glob.matcher(table.toString()).matches();
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.trim().toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }
}

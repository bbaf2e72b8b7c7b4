package autogen.migration.sql;

import autogen.schema.QualifiedName;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The only place identifiers and literals become SQL text: quoted exactly where PostgreSQL needs it. */
public final class Sql {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** PostgreSQL's reserved (R) and type/function-name (T) keywords, which cannot be bare table or column names. */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
            "check", "collate", "column", "constraint", "create", "current_catalog", "current_date",
            "current_role", "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant",
            "group", "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit", "localtime",
            "localtimestamp", "not", "null", "offset", "on", "only", "or", "order", "placing", "primary",
            "references", "returning", "select", "session_user", "some", "symmetric", "system_user", "table",
            "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where",
            "window", "with",
            "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
            "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
            "right", "similar", "tablesample", "verbose");

    private Sql() {
    }

    /** An identifier, double-quoted only if it is not lower-case plain or is a reserved word. */
    public static String ident(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A schema-qualified name; the default schema is left out so reviewers read {@code users}, not {@code public.users}. */
    public static String name(QualifiedName name) {
        return QualifiedName.DEFAULT_SCHEMA.equals(name.schema())
                ? ident(name.name())
                : ident(name.schema()) + "." + ident(name.name());
    }

    /** A comma-separated identifier list, e.g. for key columns. */
    public static String idents(List<String> identifiers) {
        return identifiers.stream().map(Sql::ident).collect(Collectors.joining(", "));
    }

    /**
     * {@code body} between dollar quotes whose tag the body does not contain, so that no text in it (an
     * identifier with dollars in it, say) can end the quote early.
     */
    public static String dollarQuoted(String body) {
        String tag = "$$";
        for (int i = 0; body.contains(tag); i++) {
            tag = "$autogen" + (i == 0 ? "" : Integer.toString(i)) + "$";
        }
        return tag + body + tag;
    }

    /** A string literal; backslashes are plain characters under standard_conforming_strings (the default). */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}

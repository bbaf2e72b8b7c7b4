package autogen.model;

import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hibernate's CREATE script cut into statements, create-table bodies cut into their top-level parts, and the
 * names in it folded as PostgreSQL stores them, so that they compare with the model's.
 */
record DdlScript(List<String> statements) {
    private static final Pattern CREATE_TABLE = Pattern.compile("create table (\\S+) \\((.*)\\)");
    private static final Pattern CHECK_CLAUSE = Pattern.compile("(?:constraint (\\S+) )?check \\(");
    private static final Pattern FOREIGN_KEY = Pattern.compile("alter table if exists (\\S+) add constraint (\\S+) "
            + "foreign key \\(([^)]*)\\) references (\\S+)(?: \\(([^)]*)\\))?(?: on delete (.+))?");
    private static final Pattern INDEX = Pattern.compile("create (unique )?index (\\S+) on (\\S+) \\(([^)]*)\\)");
    private static final Pattern SEQUENCE =
            Pattern.compile("create sequence (\\S+) start with (-?\\d+) increment by (-?\\d+)");
    private static final Pattern ENUM_TYPE = Pattern.compile("create type (\\S+) as enum \\((.*)\\)");
    private static final Pattern TABLE_COMMENT = Pattern.compile("comment on table (\\S+) is '(.*)'");
    private static final Pattern COLUMN_COMMENT = Pattern.compile("comment on column (\\S+)\\.([^.\\s]+) is '(.*)'");

    /** One {@code check (...)} clause: the constraint name when the DDL gives one, and the text in parentheses. */
    record Check(Optional<String> name, String expression) {
    }

    static DdlScript parse(String script) {
        return new DdlScript(script.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.endsWith(";") ? line.substring(0, line.length() - 1) : line)
                .toList());
    }

    List<String> startingWith(String prefix) {
        return statements.stream().filter(s -> s.startsWith(prefix)).toList();
    }

    /** Matches every statement against {@code pattern}, keeping the matchers of those that match whole. */
    List<Matcher> matching(Pattern pattern) {
        return statements.stream().map(pattern::matcher).filter(Matcher::matches).toList();
    }

    /** Each foreign key as "table name [columns] referenced-table on-delete-action", folded. */
    Set<String> foreignKeys() {
        return collect(FOREIGN_KEY, m -> tableName(m.group(1)) + " " + fold(m.group(2)) + " "
                + columnList(m.group(3)) + " " + tableName(m.group(4)) + " "
                + Optional.ofNullable(m.group(6)).orElse("no action"));
    }

    /** Each index as "table name [columns] unique", folded. */
    Set<String> indexes() {
        return collect(INDEX, m -> tableName(m.group(3)) + " " + fold(m.group(2)) + " " + columnList(m.group(4)) + " "
                + (m.group(1) != null));
    }

    /** Each sequence as "name start increment". */
    Set<String> sequences() {
        return collect(SEQUENCE, m -> tableName(m.group(1)) + " " + m.group(2) + " " + m.group(3));
    }

    /** Each enum type as "name [labels]". */
    Set<String> enumTypes() {
        return collect(ENUM_TYPE, m -> tableName(m.group(1)) + " "
                + split(m.group(2), ',').stream().map(v -> v.substring(1, v.length() - 1)).toList());
    }

    /** Comments by "table" or "table column"; Hibernate writes the text between quotes without escaping. */
    Map<String, String> comments() {
        Map<String, String> comments = new TreeMap<>();
        matching(TABLE_COMMENT).forEach(m -> comments.put(tableName(m.group(1)).toString(), m.group(2)));
        matching(COLUMN_COMMENT).forEach(m -> comments.put(tableName(m.group(1)) + " " + fold(m.group(2)), m.group(3)));
        return comments;
    }

    private Set<String> collect(Pattern pattern, Function<Matcher, String> text) {
        return matching(pattern).stream().map(text).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The folded names of the created tables. */
    List<QualifiedName> createdTables() {
        return matching(CREATE_TABLE).stream().map(m -> tableName(m.group(1))).toList();
    }

    /** The column definitions and table constraints of the create-table statement of {@code table}. */
    Optional<List<String>> createTableParts(QualifiedName table) {
        return matching(CREATE_TABLE).stream()
                .filter(m -> tableName(m.group(1)).equals(table))
                .findFirst()
                .map(m -> split(m.group(2), ','));
    }

    /** A table name as written in DDL, folded; an unqualified one lands in the default schema. */
    static QualifiedName tableName(String written) {
        List<String> parts = split(written, '.').stream().map(DdlScript::fold).toList();
        return parts.size() == 1 ? QualifiedName.of(parts.get(0)) : new QualifiedName(parts.get(0), parts.get(1));
    }

    /** PostgreSQL keeps a quoted identifier as written and folds an unquoted one to lower case. */
    static String fold(String identifier) {
        String name = identifier.strip();
        if (name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** A comma-separated list of column names in parentheses, folded. */
    static List<String> columnList(String commaSeparated) {
        return split(commaSeparated, ',').stream().map(DdlScript::fold).toList();
    }

    /** The check clauses of a column definition or table constraint, in order. */
    static List<Check> checks(String text) {
        List<Check> checks = new ArrayList<>();
        Matcher clause = CHECK_CLAUSE.matcher(text);
        int from = 0;
        while (from < text.length() && clause.find(from)) {
            if (depthAt(text, clause.start()) != 0) {
                from = clause.end();
                continue;
            }
            int close = closingParenthesis(text, clause.end() - 1);
            checks.add(new Check(Optional.ofNullable(clause.group(1)).map(DdlScript::fold),
                    text.substring(clause.end(), close)));
            from = close + 1;
        }
        return checks;
    }

    /** The part of a column definition before its check clauses. */
    static String withoutChecks(String definition) {
        Matcher clause = CHECK_CLAUSE.matcher(definition);
        int from = 0;
        while (clause.find(from)) {
            if (depthAt(definition, clause.start()) == 0 && clause.start() > 0
                    && definition.charAt(clause.start() - 1) == ' ') {
                return definition.substring(0, clause.start() - 1);
            }
            from = clause.end();
        }
        return definition;
    }

    /** Splits on {@code separator} outside parentheses, quoted identifiers and string literals. */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        return parts;
    }

    private static int depthAt(String text, int end) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return depth;
    }

    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in " + text);
    }
}

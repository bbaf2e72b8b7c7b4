package autogen.introspect;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The temporary table declaring the distinct check and generation expressions of the tables of one shape:
 * the same column names with the same canonical types and generation expressions, all an expression can see.
 */
final class ShapeProbe {
    private final String table;
    private final List<Column> shape;
    private final QualifiedName owner;
    /** Each distinct check expression with the name of its constraint in the probe table. */
    private final Map<String, String> checkNames = new LinkedHashMap<>();
    /** Each distinct check expression with the first check using it, for error messages. */
    private final Map<String, String> checkOwners = new LinkedHashMap<>();

    ShapeProbe(String table, Table first) {
        this.table = table;
        this.shape = shape(first);
        this.owner = first.name();
    }

    /** What the expressions of {@code table} depend on: its columns by name, with types and generation. */
    static List<Column> shape(Table table) {
        return table.columns().stream()
                .map(c -> Column.of(c.name(), c.type()).withGenerated(c.generatedExpression()))
                .sorted(Comparator.comparing(Column::name))
                .toList();
    }

    /**
     * The columns of {@code table} that {@code expression} names, as whole words: a column named in a string
     * literal too is harmless, a column left out would make PostgreSQL reject the probe. Generated columns
     * bring the columns their own expression names.
     */
    static List<Column> named(Table table, String expression) {
        Set<String> words = words(expression);
        Map<String, Column> named = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            if (words.contains(column.name())) {
                named.put(column.name(), column);
                column.generatedExpression().ifPresent(g -> {
                    Set<String> generatedWords = words(g);
                    table.columns().stream()
                            .filter(other -> !other.name().equals(column.name()) && generatedWords.contains(other.name()))
                            .forEach(other -> named.putIfAbsent(other.name(), other.withGenerated(Optional.empty())));
                });
            }
        }
        return List.copyOf(named.values());
    }

    /**
     * Every identifier-like word of an SQL expression, folded to lower case as PostgreSQL folds unquoted
     * identifiers, and the contents of every double-quoted identifier as written, in one scan: the names a
     * column could be mentioned by.
     */
    static Set<String> words(String expression) {
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < expression.length()) {
            char ch = expression.charAt(i);
            if (ch == '"') {
                int end = expression.indexOf('"', i + 1);
                end = end < 0 ? expression.length() : end;
                words.add(expression.substring(i + 1, end));
                i = end + 1;
            } else if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '$') {
                int start = i;
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i))
                        || expression.charAt(i) == '_' || expression.charAt(i) == '$')) {
                    i++;
                }
                words.add(expression.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                i++;
            }
        }
        return words;
    }

    void add(Table other) {
        for (CheckConstraint check : other.checks()) {
            checkNames.computeIfAbsent(check.expression(), expression -> "ck" + checkNames.size());
            // Told only in an error message, so spelled out once per distinct expression, not once per table.
            checkOwners.computeIfAbsent(check.expression(),
                    expression -> other.name() + " check " + check.name() + " (\"" + expression + "\")");
        }
    }

    String table() {
        return table;
    }

    /** The distinct check expressions this probe declares. */
    Set<String> checkExpressions() {
        return checkNames.keySet();
    }

    /** The columns this probe declares: the shape it stands for. */
    List<Column> shape() {
        return shape;
    }

    /** The name of the probe table's constraint declaring {@code expression}. */
    String checkName(String expression) {
        return Optional.ofNullable(checkNames.get(expression)).orElseThrow(
                () -> new IllegalStateException("check (" + expression + ") was not probed in " + table));
    }

    /** One create table declaring everything; column by column and check by check to find what is rejected. */
    Scratch.Probe probe() {
        List<String> plain = shape.stream().filter(c -> c.generatedExpression().isEmpty()).map(ShapeProbe::column)
                .toList();
        List<Scratch.Step> pieces = new ArrayList<>();
        pieces.add(new Scratch.Step(create(plain), "the columns of " + owner));
        shape.stream().filter(c -> c.generatedExpression().isPresent())
                .forEach(c -> pieces.add(new Scratch.Step(alter("add column " + column(c)),
                        owner + "." + c.name() + " (generated \"" + c.generatedExpression().orElseThrow() + "\")")));
        checkNames.forEach((expression, name) -> pieces.add(
                new Scratch.Step(alter("add " + check(name, expression)), checkOwners.get(expression))));
        List<String> all = Stream.concat(shape.stream().map(ShapeProbe::column),
                checkNames.entrySet().stream().map(e -> check(e.getValue(), e.getKey()))).toList();
        return new Scratch.Probe(create(all), pieces);
    }

    private String create(List<String> elements) {
        return "create temporary table " + Scratch.quote(table) + " (" + String.join(", ", elements) + ")";
    }

    private String alter(String action) {
        return "alter table " + Scratch.quote(table) + " " + action;
    }

    private static String column(Column c) {
        return Scratch.quote(c.name()) + " " + c.type()
                + c.generatedExpression().map(g -> " generated always as (" + g + ") stored").orElse("");
    }

    private static String check(String name, String expression) {
        return "constraint " + Scratch.quote(name) + " check (" + expression + ")";
    }
}

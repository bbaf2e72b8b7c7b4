package autogen.introspect;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Asks PostgreSQL how it prints check constraints and generation expressions, which depend on the types of the
 * columns they name. Each expression is probed with just the columns it names, so the same check on many
 * tables (an enum's constants, say) is probed once: one temporary table per distinct set of named columns
 * declares its distinct expressions, all in one statement, read back in one query. What the caller's memo
 * already knows is not probed again.
 */
final class ExpressionProbe {
    private static final String TABLE_PREFIX = Scratch.PREFIX + "shape_";

    private final Connection c;
    private final List<Table> tables;
    /** How PostgreSQL printed each expression, by {@link #key}; shared across rounds and sides of one run. */
    private final Map<List<Object>, String> memo;
    private final Map<List<Column>, ShapeProbe> shapes = new LinkedHashMap<>();

    /** Per table, the memo key of each check, in order: computed once, used to probe and to respell. */
    private final List<List<List<Object>>> checkKeys = new ArrayList<>();
    /** Per table, the memo key of each generated column, by column name. */
    private final List<Map<String, List<Object>>> generatedKeys = new ArrayList<>();

    /** {@code tables} must already have canonical column types. */
    ExpressionProbe(Connection c, List<Table> tables, Map<List<Object>, String> memo) {
        this.c = c;
        this.tables = List.copyOf(tables);
        this.memo = memo;
        for (Table table : this.tables) {
            List<List<Object>> checks = new ArrayList<>();
            for (CheckConstraint check : table.checks()) {
                checks.add(keyOf(checkUnit(table, check), "check", check.expression()));
            }
            Map<String, List<Object>> generated = new HashMap<>();
            for (Column column : table.columns()) {
                if (column.generatedExpression().isPresent()) {
                    generated.put(column.name(), keyOf(generatedUnit(table, column), "generated", column.name()));
                }
            }
            checkKeys.add(checks);
            generatedKeys.add(generated);
        }
    }

    /** The key of one expression of {@code unit}; the unit goes to its shape's probe when the key is new. */
    private List<Object> keyOf(Table unit, String kind, String expressionOrColumn) {
        List<Column> shape = ShapeProbe.shape(unit);
        List<Object> key = key(shape, kind, expressionOrColumn);
        if (!memo.containsKey(key)) {
            shapes.computeIfAbsent(shape, s -> new ShapeProbe(TABLE_PREFIX + shapes.size(), unit)).add(unit);
        }
        return key;
    }

    /** Whether every expression of {@code table} is already known, so no scratch work is needed. */
    boolean allKnown() {
        return shapes.isEmpty();
    }

    /** The tables with checks and generation expressions as PostgreSQL prints them; runs inside a {@link Scratch}. */
    List<Table> canonicalize() throws SQLException {
        if (!shapes.isEmpty()) {
            Scratch.execute(c, shapes.values().stream().map(ShapeProbe::probe).toList());
            List<String> probeTables = shapes.values().stream().map(ShapeProbe::table).toList();
            Map<List<String>, String> printed = CatalogQuery.run(c, "probe-expressions.sql", probeTables,
                            row -> Map.entry(List.of(row.getString("table_name"), row.getString("kind"),
                                    row.getString("name")), row.getString("definition"))).stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            shapes.values().forEach(probe -> remember(probe, printed));
        }
        List<Table> respelled = new ArrayList<>(tables.size());
        for (int i = 0; i < tables.size(); i++) {
            respelled.add(respell(tables.get(i), checkKeys.get(i), generatedKeys.get(i)));
        }
        return respelled;
    }

    private void remember(ShapeProbe probe, Map<List<String>, String> printed) {
        for (String expression : probe.checkExpressions()) {
            memo.put(key(probe.shape(), "check", expression), CatalogRows.checkExpression(
                    lookUp(printed, probe.table(), "check", probe.checkName(expression))));
        }
        for (Column column : probe.shape()) {
            if (column.generatedExpression().isPresent()) {
                memo.put(key(probe.shape(), "generated", column.name()),
                        lookUp(printed, probe.table(), "generated", column.name()));
            }
        }
    }

    private static Table checkUnit(Table table, CheckConstraint check) {
        return unit(table, ShapeProbe.named(table, check.expression()), List.of(check));
    }

    private static Table generatedUnit(Table table, Column column) {
        List<Column> seen = new ArrayList<>(ShapeProbe.named(table, column.generatedExpression().orElseThrow()));
        seen.removeIf(c -> c.name().equals(column.name()));
        seen.add(column);
        return unit(table, seen, List.of());
    }

    private static Table unit(Table table, List<Column> columns, List<CheckConstraint> checks) {
        return new Table(table.name(), columns, Optional.empty(), List.of(), List.of(), List.of(), checks,
                Optional.empty());
    }

    /** Whether {@code table} has a check or a generated column: something this probe spells. */
    static boolean hasExpressions(Table table) {
        return !table.checks().isEmpty() || table.columns().stream().anyMatch(c -> c.generatedExpression().isPresent());
    }

    private Table respell(Table table, List<List<Object>> checkKeys, Map<String, List<Object>> generatedKeys) {
        if (!hasExpressions(table)) {
            return table;
        }
        List<Column> columns = table.columns().stream()
                .map(column -> column.generatedExpression().isEmpty() ? column
                        : column.withGenerated(Optional.of(recall(generatedKeys.get(column.name())))))
                .toList();
        List<CheckConstraint> checks = new ArrayList<>(table.checks().size());
        for (int j = 0; j < table.checks().size(); j++) {
            checks.add(new CheckConstraint(table.checks().get(j).name(), recall(checkKeys.get(j))));
        }
        // The same instance when nothing changed: the normalizer tells the tables still moving by identity.
        if (columns.equals(table.columns()) && checks.equals(table.checks())) {
            return table;
        }
        return new Table(table.name(), columns, table.primaryKey(), table.foreignKeys(), table.uniqueConstraints(),
                table.indexes(), checks, table.comment(), table.triggers());
    }

    /** What an expression is spelled from: the columns it sees, its kind, and its text or column. */
    private static List<Object> key(List<Column> shape, String kind, String expressionOrColumn) {
        return List.of(shape, kind, expressionOrColumn);
    }

    private String recall(List<Object> key) {
        return Optional.ofNullable(memo.get(key)).orElseThrow(() -> new IllegalStateException("not probed: " + key));
    }

    private static String lookUp(Map<List<String>, String> printed, String table, String kind, String name) {
        return Optional.ofNullable(printed.get(List.of(table, kind, name))).orElseThrow(
                () -> new TargetRejectedException("PostgreSQL rejects the " + kind + " " + name + " of probe table "
                        + table + ": it does not declare what it stands for"));
    }
}

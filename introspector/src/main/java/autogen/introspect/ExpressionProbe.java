package autogen.introspect;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Asks PostgreSQL how it prints check constraints and generation expressions, which depend on the types of the
 * columns they name. Each expression is probed with just the columns it names, so the same check on many
 * tables (an enum's constants, say) is probed once: one temporary table per distinct set of named columns
 * declares its distinct expressions, all in one statement, read back in one query.
 */
final class ExpressionProbe {
    private static final String TABLE_PREFIX = Scratch.PREFIX + "shape_";

    private final Connection c;
    private final List<Table> tables;
    private final Map<List<Column>, ShapeProbe> shapes = new LinkedHashMap<>();

    /** {@code tables} must already have canonical column types. */
    ExpressionProbe(Connection c, List<Table> tables) {
        this.c = c;
        this.tables = List.copyOf(tables);
        for (Table table : tables) {
            for (Table unit : units(table)) {
                shapes.computeIfAbsent(ShapeProbe.shape(unit),
                        shape -> new ShapeProbe(TABLE_PREFIX + shapes.size(), unit)).add(unit);
            }
        }
    }

    /** The tables with checks and generation expressions as PostgreSQL prints them; runs inside a {@link Scratch}. */
    List<Table> canonicalize() throws SQLException {
        if (shapes.isEmpty()) {
            return tables;
        }
        Scratch.execute(c, shapes.values().stream().map(ShapeProbe::probe).toList());
        List<String> probeTables = shapes.values().stream().map(ShapeProbe::table).toList();
        Map<List<String>, String> printed = CatalogQuery.run(c, "probe-expressions.sql", probeTables,
                        row -> Map.entry(List.of(row.getString("table_name"), row.getString("kind"),
                                row.getString("name")), row.getString("definition"))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return tables.stream().map(table -> respell(table, printed)).toList();
    }

    /**
     * One probe unit per check and per generated column of {@code table}: a table of only the columns the
     * expression names (and, for a generated column, the column itself), carrying that one expression.
     */
    private static List<Table> units(Table table) {
        List<Table> units = new ArrayList<>();
        for (CheckConstraint check : table.checks()) {
            units.add(unit(table, ShapeProbe.named(table, check.expression()), List.of(check)));
        }
        for (Column column : table.columns()) {
            column.generatedExpression().ifPresent(g -> {
                List<Column> seen = new ArrayList<>(ShapeProbe.named(table, g));
                seen.removeIf(c -> c.name().equals(column.name()));
                seen.add(column);
                units.add(unit(table, seen, List.of()));
            });
        }
        return units;
    }

    private static Table unit(Table table, List<Column> columns, List<CheckConstraint> checks) {
        return new Table(table.name(), columns, Optional.empty(), List.of(), List.of(), List.of(), checks,
                Optional.empty());
    }

    private Table respell(Table table, Map<List<String>, String> printed) {
        List<Column> columns = table.columns().stream()
                .map(column -> column.generatedExpression().isEmpty() ? column : column.withGenerated(Optional.of(
                        lookUp(printed, probeOf(unit(table, generatedUnitColumns(table, column), List.of())).table(),
                                "generated", column.name()))))
                .toList();
        List<CheckConstraint> checks = table.checks().stream()
                .map(check -> {
                    ShapeProbe probe = probeOf(unit(table, ShapeProbe.named(table, check.expression()), List.of(check)));
                    return new CheckConstraint(check.name(), CatalogRows.checkExpression(
                            lookUp(printed, probe.table(), "check", probe.checkName(check.expression()))));
                })
                .toList();
        return new Table(table.name(), columns, table.primaryKey(), table.foreignKeys(), table.uniqueConstraints(),
                table.indexes(), checks, table.comment(), table.triggers());
    }

    private static List<Column> generatedUnitColumns(Table table, Column column) {
        List<Column> seen = new ArrayList<>(ShapeProbe.named(table, column.generatedExpression().orElseThrow()));
        seen.removeIf(c -> c.name().equals(column.name()));
        seen.add(column);
        return seen;
    }

    private ShapeProbe probeOf(Table unit) {
        return Optional.ofNullable(shapes.get(ShapeProbe.shape(unit))).orElseThrow(
                () -> new IllegalStateException("no probe for the expressions of " + unit.name()));
    }

    private static String lookUp(Map<List<String>, String> printed, String table, String kind, String name) {
        return Optional.ofNullable(printed.get(List.of(table, kind, name))).orElseThrow(
                () -> new IllegalStateException("probe table " + table + " lacks the " + kind + " " + name));
    }
}

package autogen.introspect;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Asks PostgreSQL how it prints check constraints and generation expressions, which depend on the types of the
 * columns they name: one temporary table per table shape declares the shape's distinct expressions, all in one
 * statement, read back in one query.
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
            if (ShapeProbe.needed(table)) {
                shapes.computeIfAbsent(ShapeProbe.shape(table),
                        shape -> new ShapeProbe(TABLE_PREFIX + shapes.size(), table)).add(table);
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

    private Table respell(Table table, Map<List<String>, String> printed) {
        ShapeProbe probe = shapes.get(ShapeProbe.shape(table));
        if (probe == null) {
            return table;
        }
        List<Column> columns = table.columns().stream()
                .map(column -> column.generatedExpression().isEmpty() ? column : column.withGenerated(
                        Optional.of(lookUp(printed, probe.table(), "generated", column.name()))))
                .toList();
        List<CheckConstraint> checks = table.checks().stream()
                .map(check -> new CheckConstraint(check.name(), CatalogRows.checkExpression(
                        lookUp(printed, probe.table(), "check", probe.checkName(check.expression())))))
                .toList();
        return new Table(table.name(), columns, table.primaryKey(), table.foreignKeys(), table.uniqueConstraints(),
                table.indexes(), checks, table.comment(), table.triggers());
    }

    private static String lookUp(Map<List<String>, String> printed, String table, String kind, String name) {
        return Optional.ofNullable(printed.get(List.of(table, kind, name))).orElseThrow(
                () -> new IllegalStateException("probe table " + table + " lacks the " + kind + " " + name));
    }
}

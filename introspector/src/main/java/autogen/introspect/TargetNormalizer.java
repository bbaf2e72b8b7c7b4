package autogen.introspect;

import autogen.schema.Column;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Respells the types and defaults of a target model (written Hibernate's way, e.g. "varchar(255)") the way
 * PostgreSQL prints them, so that they compare equal to what the introspector reads.
 */
public final class TargetNormalizer {
    /**
     * The target with canonical types and defaults; costs one probe per distinct (type, default) pair, run in
     * a transaction that is rolled back, and leaves the connection's auto-commit as it was.
     *
     * @throws TargetRejectedException when PostgreSQL rejects a type or default, naming the first column using it
     */
    public Schema normalize(Connection c, Schema target) throws SQLException {
        Map<ColumnSpec, String> owners = firstOwners(target);
        if (owners.isEmpty()) {
            return target;
        }
        Map<ColumnSpec, ColumnSpec> canonical = new SpellingProbe(c, owners).canonicalize();
        return new Schema(target.tables().stream().map(table -> respell(table, canonical)).toList(),
                target.sequences());
    }

    /** Each distinct spec in model order, with the first column ("schema.table.column") that uses it. */
    private static Map<ColumnSpec, String> firstOwners(Schema target) {
        Map<ColumnSpec, String> owners = new LinkedHashMap<>();
        for (Table table : target.tables()) {
            for (Column column : table.columns()) {
                owners.putIfAbsent(ColumnSpec.of(column), table.name() + "." + column.name());
            }
        }
        return owners;
    }

    private static Table respell(Table table, Map<ColumnSpec, ColumnSpec> canonical) {
        return table.withColumns(table.columns().stream()
                .map(column -> canonical.get(ColumnSpec.of(column)).applyTo(column))
                .toList());
    }
}

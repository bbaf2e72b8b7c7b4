package autogen.introspect;

import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Respells the types, defaults, check constraints and generation expressions of a target model (written
 * Hibernate's way, e.g. "varchar(255)") the way PostgreSQL prints them, so that they compare equal to what
 * the introspector reads.
 */
public final class TargetNormalizer {
    /**
     * The target in canonical spelling. Works in a transaction that is rolled back, having first declared the
     * target's enum types (and their schemas) the database lacks, and leaves the connection's auto-commit as it
     * was. Costs a fixed number of statements; the work on the server grows with the distinct (type, default)
     * pairs and with the distinct table shapes that have checks or generated columns, not with the columns.
     *
     * @throws TargetRejectedException when PostgreSQL rejects a type, default, check or generation expression,
     *     naming the first column or check using it
     */
    public Schema normalize(Connection c, Schema target) throws SQLException {
        SingleStatement.require(target);
        // PostgreSQL's deparsed text does not always parse back to itself (an IN list on varchar prints one way
        // the first time and another way the second), so spell until the text is stable: what the catalog will
        // hold once autogen writes it, and what the same expression written by any tool normalizes to.
        Schema spelled = normalizeOnce(c, target);
        for (int round = 1; round < MAX_ROUNDS; round++) {
            Schema again = normalizeOnce(c, spelled);
            if (again.equals(spelled)) {
                return spelled;
            }
            spelled = again;
        }
        return spelled;
    }

    /** Rounds after which spelling is assumed stable; two are enough for every expression seen so far. */
    private static final int MAX_ROUNDS = 4;

    /**
     * Spellings already asked for in this normalizer's life: the current side of a comparison mostly holds the
     * target's own spellings, and a second round mostly confirms the first, so neither is probed again.
     */
    private final Map<ColumnSpec, SpelledColumn> spelledColumns = new HashMap<>();
    private final Map<List<Object>, String> spelledExpressions = new HashMap<>();
    /** Enum types already declared (and so found acceptable to PostgreSQL) in this normalizer's life. */
    private final java.util.Set<autogen.schema.EnumType> declaredEnums = new java.util.HashSet<>();

    private Schema normalizeOnce(Connection c, Schema target) throws SQLException {
        Map<ColumnSpec, ColumnOwner> unknown = unknownSpecs(target);
        if (unknown.isEmpty() && declaredEnums.containsAll(target.enums())) {
            ExpressionProbe expressions = new ExpressionProbe(c, typed(target), spelledExpressions);
            if (expressions.allKnown()) {
                return withTables(target, expressions.canonicalize());
            }
        }
        // One rolled-back transaction for whatever is still unknown: column spellings first, then expressions,
        // which depend on the columns' canonical types.
        return Scratch.rolledBack(c, () -> {
            ScratchTypes.declare(c, target.enums());
            declaredEnums.addAll(target.enums());
            if (!unknown.isEmpty()) {
                spelledColumns.putAll(new SpellingProbe(c, unknown).canonicalize());
            }
            return withTables(target, new ExpressionProbe(c, typed(target), spelledExpressions).canonicalize());
        });
    }

    private List<Table> typed(Schema target) {
        return target.tables().stream().map(table -> respell(table, spelledColumns)).toList();
    }

    private static Schema withTables(Schema target, List<Table> tables) {
        return new Schema(target.namespaces(), target.enums(), tables, target.sequences(), target.functions());
    }

    /** Each distinct spec not spelled yet, in model order, with the first column that uses it. */
    private Map<ColumnSpec, ColumnOwner> unknownSpecs(Schema target) {
        Map<ColumnSpec, ColumnOwner> unknown = new LinkedHashMap<>();
        for (Table table : target.tables()) {
            for (Column column : table.columns()) {
                ColumnSpec spec = ColumnSpec.of(column);
                if (!spelledColumns.containsKey(spec)) {
                    unknown.putIfAbsent(spec, new ColumnOwner(table.name(), column.name()));
                }
            }
        }
        return unknown;
    }

    /**
     * {@code table} with its columns respelled; the same instance when no column changes, so that comparing a
     * round with the one before (the fixed point) is mostly a matter of identity.
     */
    private static Table respell(Table table, Map<ColumnSpec, SpelledColumn> spelled) {
        List<Column> columns = table.columns().stream()
                .map(column -> spelled.get(ColumnSpec.of(column)).applyTo(column))
                .toList();
        return columns.equals(table.columns()) ? table : table.withColumns(columns);
    }

    /** The first column using a spec, named in error messages. */
    record ColumnOwner(QualifiedName table, String column) {
        @Override
        public String toString() {
            return table + "." + column;
        }
    }
}

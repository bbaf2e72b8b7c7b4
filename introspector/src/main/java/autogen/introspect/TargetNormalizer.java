package autogen.introspect;

import autogen.schema.Column;
import autogen.schema.EnumType;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Respells the types, defaults, check constraints and generation expressions of a target model (written
 * Hibernate's way, e.g. "varchar(255)") the way PostgreSQL prints them, so that they compare equal to what
 * the introspector reads.
 *
 * <p>PostgreSQL's deparsed text does not always parse back to itself (an IN list on varchar prints one way the
 * first time and another way the second), so spelling goes on until the text is stable: what the catalog will
 * hold once autogen writes it, and what the same expression written by any tool normalizes to. The rounds run
 * on what is still changing: the distinct column specs, then the tables whose expressions moved in the round
 * before, so a large model is walked about once per kind of spelling, not once per round.
 */
public final class TargetNormalizer {
    /** Rounds after which spelling is assumed stable; three are enough for every expression seen so far. */
    private static final int MAX_ROUNDS = 4;

    /**
     * Spellings already asked for in this normalizer's life: a later round mostly meets the spellings the round
     * before printed, and a later call on a model holding them (the catalog autogen wrote from a target) meets
     * them all, so neither is probed again. The memos are concurrent: {@code check} spells the target and the
     * catalog side by side, each on its own connection, with one normalizer, so that what one side learns the
     * other does not probe again. PostgreSQL spells the same text the same way on every connection of a session.
     */
    private final Map<ColumnSpec, SpelledColumn> spelledColumns = new ConcurrentHashMap<>();
    private final Map<List<Object>, String> spelledExpressions = new ConcurrentHashMap<>();
    /** Enum types already declared (and so found acceptable to PostgreSQL) in this normalizer's life. */
    private final Set<EnumType> declaredEnums = ConcurrentHashMap.newKeySet();

    /**
     * The target in canonical spelling. Works in one transaction that is rolled back (none when every spelling
     * is known already), having first declared the target's enum types (and their schemas) the database lacks,
     * and leaves the connection's auto-commit as it was. Costs a fixed number of statements per round; the work
     * on the server grows with the distinct (type, default) pairs and with the distinct table shapes that have
     * checks or generated columns, not with the columns.
     *
     * @throws TargetRejectedException when PostgreSQL rejects a type, default, check or generation expression,
     *     naming the first column or check using it
     */
    public Schema normalize(Connection c, Schema target) throws SQLException {
        ContainedFragments.require(target);
        try (Scratch.Session scratch = new Scratch.Session(c, () -> {
            ScratchTypes.declare(c, target.enums());
            declaredEnums.addAll(target.enums());
            return null;
        })) {
            if (!declaredEnums.containsAll(target.enums())) {
                // Even with nothing to spell, the enum types have to be found acceptable to PostgreSQL.
                scratch.round(() -> null);
            }
            spellColumnSpecs(c, scratch, target);
            List<Table> tables = new ArrayList<>(target.tables().stream().map(this::respellColumns).toList());
            spellExpressions(c, scratch, tables);
            return target.withTables(tables);
        }
    }

    /**
     * Spells every distinct column spec of {@code target}, and then what those spellings make of themselves,
     * until nothing new appears: each round probes only specs never seen before.
     */
    private void spellColumnSpecs(Connection c, Scratch.Session scratch, Schema target) throws SQLException {
        Map<ColumnSpec, ColumnOwner> unknown = unknownSpecs(target);
        for (int round = 0; round < MAX_ROUNDS && !unknown.isEmpty(); round++) {
            Map<ColumnSpec, ColumnOwner> probing = unknown;
            scratch.round(() -> {
                spelledColumns.putAll(new SpellingProbe(c, probing).canonicalize());
                return null;
            });
            unknown = new LinkedHashMap<>();
            for (Map.Entry<ColumnSpec, ColumnOwner> probed : probing.entrySet()) {
                SpelledColumn spelled = spelledColumns.get(probed.getKey());
                // A respelled column has this spec again: with the new default, or with none when its default is
                // not its own to spell (identity and generated columns).
                for (ColumnSpec next : List.of(new ColumnSpec(spelled.type(), spelled.defaultExpression()),
                        new ColumnSpec(spelled.type(), Optional.empty()))) {
                    if (!spelledColumns.containsKey(next)) {
                        unknown.putIfAbsent(next, probed.getValue());
                    }
                }
            }
        }
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
     * {@code table} with each column respelled until it is stable, from spellings already probed; the same
     * instance when no column changes.
     */
    private Table respellColumns(Table table) {
        List<Column> columns = new ArrayList<>(table.columns().size());
        boolean changed = false;
        for (Column column : table.columns()) {
            Column spelled = column;
            for (int round = 0; round < MAX_ROUNDS; round++) {
                SpelledColumn spelling = spelledColumns.get(ColumnSpec.of(spelled));
                Column next = spelling == null ? spelled : spelling.applyTo(spelled);
                if (next == spelled) {
                    break;
                }
                spelled = next;
            }
            changed |= spelled != column;
            columns.add(spelled);
        }
        return changed ? table.withColumns(columns) : table;
    }

    /**
     * Respells, in place, the checks and generation expressions of {@code tables} (whose columns are already
     * canonical) until they are stable; each round probes only the tables the round before changed.
     */
    private void spellExpressions(Connection c, Scratch.Session scratch, List<Table> tables) throws SQLException {
        List<Integer> moving = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            if (ExpressionProbe.hasExpressions(tables.get(i))) {
                moving.add(i);
            }
        }
        for (int round = 0; round < MAX_ROUNDS && !moving.isEmpty(); round++) {
            List<Table> before = moving.stream().map(tables::get).toList();
            ExpressionProbe probe = new ExpressionProbe(c, before, spelledExpressions);
            List<Table> after = probe.allKnown() ? probe.canonicalize() : scratch.round(probe::canonicalize);
            List<Integer> stillMoving = new ArrayList<>();
            for (int k = 0; k < before.size(); k++) {
                if (after.get(k) != before.get(k)) {
                    tables.set(moving.get(k), after.get(k));
                    stillMoving.add(moving.get(k));
                }
            }
            moving = stillMoving;
        }
    }

    /** The first column using a spec, named in error messages. */
    record ColumnOwner(QualifiedName table, String column) {
        @Override
        public String toString() {
            return table + "." + column;
        }
    }
}

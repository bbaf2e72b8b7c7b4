package autogen.diff;

import autogen.diff.op.AddColumn;
import autogen.diff.op.AllowedValues;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.DropColumn;
import autogen.diff.op.Fill;
import autogen.diff.op.Operation;
import autogen.diff.op.SetColumnComment;
import autogen.migration.sql.Placeholder;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the columns of two versions of one table by name; column order is not a difference. A NOT NULL column
 * that nothing fills is added in three steps: nullable, filled, then NOT NULL.
 */
final class ColumnComparator {
    private final Map<ColumnRef, String> backfills;
    private final Set<ColumnRef> used;

    /** {@code used} collects the backfill hints that found their column. */
    ColumnComparator(Map<ColumnRef, String> backfills, Set<ColumnRef> used) {
        this.backfills = backfills;
        this.used = used;
    }

    List<Operation> compare(Table current, Table target) {
        QualifiedName table = target.name();
        Matching<Column> columns = Matching.byKey(current.columns(), target.columns(), Column::name);
        List<Operation> ops = new ArrayList<>();
        // Added columns keep the target's order, so the migration reads as the entity does.
        if (!columns.added().isEmpty()) {
            // By name, which is the matching's key: comparing whole columns cost a quarter of a large diff.
            Set<String> added = new HashSet<>();
            columns.added().forEach(c -> added.add(c.name()));
            target.columns().stream().filter(c -> added.contains(c.name())).forEach(c -> ops.addAll(add(table, c)));
        }
        for (Matching.Pair<Column> pair : columns.common()) {
            ops.addAll(compare(table, pair.current(), pair.target()));
        }
        columns.removed().forEach(c -> ops.add(drop(current, c)));
        return ops;
    }

    /**
     * A column rows already exist for: one that nothing fills (NOT NULL, no default, no identity, not generated) is
     * added nullable, then filled from its backfill hint, or guarded until the reviewer writes one, then made NOT
     * NULL.
     */
    private List<Operation> add(QualifiedName table, Column column) {
        if (!Placeholder.needed(column)) {
            return List.of(new AddColumn(table, column));
        }
        Column nullable = column.withNullable(true);
        return List.of(new AddColumn(table, nullable), new AlterColumn(table, nullable, column,
                Optional.of(fill(table, column))));
    }

    /** A dropped NOT NULL column comes back in the downgrade with a stand-in value for the rows of the moment. */
    private static DropColumn drop(Table table, Column column) {
        if (!Placeholder.needed(column)) {
            return new DropColumn(table.name(), column, Optional.empty());
        }
        List<String> allowed = table.checks().stream()
                .flatMap(c -> AllowedValues.of(c.expression()).stream())
                .filter(v -> v.column().equals(column.name()) && !v.ordinal())
                .findFirst().map(AllowedValues::values).orElse(List.of());
        return new DropColumn(table.name(), column, Placeholder.of(column.type(), allowed));
    }

    private Fill fill(QualifiedName table, Column column) {
        ColumnRef ref = new ColumnRef(table, column.name());
        String hint = backfills.get(ref);
        if (hint == null) {
            return new Fill.Required();
        }
        used.add(ref);
        return new Fill.With(hint);
    }

    private List<Operation> compare(QualifiedName table, Column current, Column target) {
        if (current.equals(target)) {
            return List.of();
        }
        Column was = current.withComment(Optional.empty());
        Column wanted = target.withComment(Optional.empty());
        List<Operation> ops = new ArrayList<>();
        if (current.generatedExpression().isEmpty() && target.generatedExpression().isPresent()) {
            // PostgreSQL cannot turn a stored column into a generated one: it is replaced.
            ops.add(new DropColumn(table, current));
            ops.add(new AddColumn(table, target));
            return ops;
        }
        if (!was.equals(wanted)) {
            ColumnRef ref = new ColumnRef(table, target.name());
            boolean becomesNotNull = was.nullable() && !wanted.nullable();
            Optional<Fill> fill = Optional.ofNullable(backfills.get(ref)).filter(b -> becomesNotNull)
                    .map(Fill.With::new);
            fill.ifPresent(f -> used.add(ref));
            ops.add(new AlterColumn(table, was, wanted, fill.map(Fill.class::cast)));
        }
        if (!current.comment().equals(target.comment())) {
            ops.add(new SetColumnComment(table, target.name(), current.comment(), target.comment()));
        }
        return ops;
    }
}

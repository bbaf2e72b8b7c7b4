package autogen.diff;

import autogen.diff.op.AddColumn;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.Operation;
import autogen.diff.op.RenameColumn;
import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rows that exist hold, at one step of a plan, in the columns its earlier steps added to tables that
 * exist: so that a step over such a column is judged by what the migration put there, not by a query on a column
 * the database does not have yet.
 */
public final class AddedColumns {
    /** What every existing row holds in a column the plan added. */
    public enum Holds {
        /** Added without a default: NULL in every row, which no unique key and no foreign key refuses. */
        ONLY_NULL,
        /** Added with a constant default (or a fill): the same value in every row. */
        ONE_VALUE,
        /** Values each row gets anew (a volatile default, an identity, a generated column) or a backfill writes. */
        COMPUTED
    }

    /** What a step made a column hold from the next step on; {@code holds} empty when a rename took it away. */
    private record Change(int step, Optional<Holds> holds) {
    }

    /** The whole plan's changes, shared by the view of every step: a plan of n steps costs O(n), not O(n²). */
    private record Changes(Map<ColumnRef, List<Change>> byColumn, Map<QualifiedName, Integer> firstOnTable) {
    }

    private final Changes changes;
    private final int step;

    private AddedColumns(Changes changes, int step) {
        this.changes = changes;
        this.step = step;
    }

    /** What the existing rows hold in {@code column}, when an earlier step added it; empty for one that was there. */
    public Optional<Holds> holds(ColumnRef column) {
        Optional<Holds> holds = Optional.empty();
        for (Change change : changes.byColumn().getOrDefault(column, List.of())) {
            if (change.step() >= step) {
                break;
            }
            holds = change.holds();
        }
        return holds;
    }

    /** Whether an earlier step added a column to {@code table}. */
    public boolean anyOn(QualifiedName table) {
        return changes.firstOnTable().getOrDefault(table, Integer.MAX_VALUE) < step;
    }

    /**
     * Whether {@code op} adds a unique key or a foreign key over a column that holds NULL in every existing row: a
     * unique key never finds two NULLs equal, and a foreign key (MATCH SIMPLE) checks no row with a NULL in it, so no
     * existing row can break it.
     */
    public boolean keyOverOnlyNulls(Operation op) {
        List<String> keyColumns;
        QualifiedName table;
        if (op instanceof AddUniqueConstraint u) {
            table = u.table();
            keyColumns = u.constraint().columns();
        } else if (op instanceof CreateIndex c && c.index().unique()) {
            table = c.table();
            keyColumns = c.index().columns();
        } else if (op instanceof AddForeignKey f) {
            table = f.table();
            keyColumns = f.foreignKey().columns();
        } else {
            return false;
        }
        return keyColumns.stream().anyMatch(c -> holds(new ColumnRef(table, c)).orElse(null) == Holds.ONLY_NULL);
    }

    /** For each of {@code steps}, the columns the steps before it added, with what the existing rows hold in them. */
    public static List<AddedColumns> byStep(List<Operation> steps) {
        Changes changes = new Changes(new HashMap<>(), new HashMap<>());
        for (int i = 0; i < steps.size(); i++) {
            Operation op = steps.get(i);
            if (op instanceof AddColumn a) {
                record(changes, i, new ColumnRef(a.table(), a.column().name()), Optional.of(holds(a)));
                changes.firstOnTable().putIfAbsent(a.table(), i);
            } else if (op instanceof AlterColumn alter && alter.fill().isPresent()) {
                // A backfill (or the guard a reviewer replaces with one) writes what no step here can know.
                ColumnRef column = new ColumnRef(alter.table(), alter.after().name());
                if (new AddedColumns(changes, i).holds(column).isPresent()) {
                    record(changes, i, column, Optional.of(Holds.COMPUTED));
                }
            } else if (op instanceof RenameColumn r) {
                ColumnRef from = new ColumnRef(r.table(), r.column());
                Optional<Holds> moved = new AddedColumns(changes, i).holds(from);
                if (moved.isPresent()) {
                    record(changes, i, from, Optional.empty());
                    record(changes, i, new ColumnRef(r.table(), r.newName()), moved);
                }
            }
        }
        List<AddedColumns> byStep = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            byStep.add(new AddedColumns(changes, i));
        }
        return byStep;
    }

    private static void record(Changes changes, int step, ColumnRef column, Optional<Holds> holds) {
        changes.byColumn().computeIfAbsent(column, c -> new ArrayList<>()).add(new Change(step, holds));
    }

    private static Holds holds(AddColumn a) {
        if (a.computesEachRow()) {
            return Holds.COMPUTED;
        }
        return a.column().defaultExpression().isPresent() || a.fillExisting().isPresent() ? Holds.ONE_VALUE
                : Holds.ONLY_NULL;
    }
}

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
 * What the rows that exist hold, at each step of a plan, in the columns its earlier steps added to tables that
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

    private final Map<ColumnRef, Holds> columns;

    private AddedColumns(Map<ColumnRef, Holds> columns) {
        this.columns = Map.copyOf(columns);
    }

    /** What the existing rows hold in {@code column}, when an earlier step added it; empty for one that was there. */
    public Optional<Holds> holds(ColumnRef column) {
        return Optional.ofNullable(columns.get(column));
    }

    /** Whether an earlier step added a column to {@code column}'s table. */
    public boolean anyOn(QualifiedName table) {
        return columns.keySet().stream().anyMatch(c -> c.table().equals(table));
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
        return keyColumns.stream().anyMatch(c -> columns.get(new ColumnRef(table, c)) == Holds.ONLY_NULL);
    }

    /** For each of {@code steps}, the columns the steps before it added, with what the existing rows hold in them. */
    public static List<AddedColumns> byStep(List<Operation> steps) {
        Map<ColumnRef, Holds> added = new HashMap<>();
        List<AddedColumns> byStep = new ArrayList<>(steps.size());
        for (Operation op : steps) {
            byStep.add(new AddedColumns(added));
            if (op instanceof AddColumn a) {
                added.put(new ColumnRef(a.table(), a.column().name()), holds(a));
            } else if (op instanceof AlterColumn alter && alter.fill().isPresent()) {
                // A backfill (or the guard a reviewer replaces with one) writes what no step here can know.
                added.computeIfPresent(new ColumnRef(alter.table(), alter.after().name()), (c, h) -> Holds.COMPUTED);
            } else if (op instanceof RenameColumn r) {
                Holds moved = added.remove(new ColumnRef(r.table(), r.column()));
                if (moved != null) {
                    added.put(new ColumnRef(r.table(), r.newName()), moved);
                }
            }
        }
        return byStep;
    }

    private static Holds holds(AddColumn a) {
        if (a.computesEachRow()) {
            return Holds.COMPUTED;
        }
        return a.column().defaultExpression().isPresent() || a.fillExisting().isPresent() ? Holds.ONE_VALUE
                : Holds.ONLY_NULL;
    }
}

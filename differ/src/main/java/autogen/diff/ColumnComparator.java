package autogen.diff;

import autogen.diff.op.AddColumn;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.DropColumn;
import autogen.diff.op.Operation;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/** Compares the columns of two versions of one table by name; column order is not a difference. */
final class ColumnComparator {
    private ColumnComparator() {
    }

    static List<Operation> compare(QualifiedName table, List<Column> current, List<Column> target) {
        Matching<Column> columns = Matching.byKey(current, target, Column::name);
        List<Operation> ops = new ArrayList<>();
        // Added columns keep the target's declared order, so CREATE-like output reads as the entity does.
        target.stream().filter(columns.added()::contains).forEach(c -> ops.add(new AddColumn(table, c)));
        columns.common().stream()
                .filter(pair -> !pair.current().equals(pair.target()))
                .forEach(pair -> ops.add(new AlterColumn(table, pair.current(), pair.target())));
        columns.removed().forEach(c -> ops.add(new DropColumn(table, c)));
        return ops;
    }
}

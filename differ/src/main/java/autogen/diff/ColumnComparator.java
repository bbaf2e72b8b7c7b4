package autogen.diff;

import autogen.diff.op.AddColumn;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.DropColumn;
import autogen.diff.op.Operation;
import autogen.diff.op.SetColumnComment;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compares the columns of two versions of one table by name; column order is not a difference. */
final class ColumnComparator {
    private ColumnComparator() {
    }

    static List<Operation> compare(QualifiedName table, List<Column> current, List<Column> target) {
        Matching<Column> columns = Matching.byKey(current, target, Column::name);
        List<Operation> ops = new ArrayList<>();
        // Added columns keep the target's order, so the migration reads as the entity does.
        target.stream().filter(columns.added()::contains).forEach(c -> ops.add(new AddColumn(table, c)));
        for (Matching.Pair<Column> pair : columns.common()) {
            ops.addAll(compare(table, pair.current(), pair.target()));
        }
        columns.removed().forEach(c -> ops.add(new DropColumn(table, c)));
        return ops;
    }

    private static List<Operation> compare(QualifiedName table, Column current, Column target) {
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
            ops.add(new AlterColumn(table, was, wanted));
        }
        if (!current.comment().equals(target.comment())) {
            ops.add(new SetColumnComment(table, target.name(), current.comment(), target.comment()));
        }
        return ops;
    }
}

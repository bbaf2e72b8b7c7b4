package autogen.diff;

import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.ChangeAllowedValues;
import autogen.diff.op.CreateTable;
import autogen.diff.op.Operation;
import autogen.diff.op.SetTableComment;
import autogen.diff.order.Phase;
import autogen.diff.order.PhaseOf;
import autogen.schema.Origin;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What in the entities asks for an operation, so that a reviewer goes from a line of the plan to the Java: the
 * fields ({@code Book.author}) that map the column it changes or the columns of its key or index, or the entity
 * ({@code Book}) of a table it creates, comments or checks. Nothing for a removal, which the entities ask for by no
 * longer stating something, nor for what autogen adds on its own (the metadata columns and their trigger).
 */
final class DeclaredBy {
    /**
     * The entities' origins by table, in their order: a table has a few, searched in order, so the first declaration
     * wins; one pass over the origins of a large model, with no index per column, is what a report can afford.
     */
    private final Map<QualifiedName, List<Origin>> byTable = new HashMap<>();

    DeclaredBy(Schema entities) {
        QualifiedName last = null;
        List<Origin> current = null;
        for (Origin origin : entities.origins()) {
            // The origins come table by table: one map lookup per table, not per origin.
            if (!origin.table().equals(last)) {
                last = origin.table();
                current = byTable.computeIfAbsent(last, t -> new ArrayList<>());
            }
            current.add(origin);
        }
    }

    Optional<String> of(Operation op) {
        Optional<QualifiedName> table = MigrationPlan.tableOf(op);
        if (table.isEmpty() || PhaseOf.change(op) == Phase.Change.REMOVES) {
            return Optional.empty();
        }
        List<String> columns = MigrationPlan.columnsOf(op);
        if (!columns.isEmpty()) {
            List<String> fields = columns.stream().map(c -> declaredBy(table.get(), Optional.of(c)))
                    .flatMap(Optional::stream).distinct().toList();
            return fields.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", fields));
        }
        boolean ofTheEntity = op instanceof CreateTable || op instanceof SetTableComment
                || op instanceof AddCheckConstraint || op instanceof ChangeAllowedValues;
        return ofTheEntity ? declaredBy(table.get(), Optional.empty()) : Optional.empty();
    }

    private Optional<String> declaredBy(QualifiedName table, Optional<String> column) {
        for (Origin origin : byTable.getOrDefault(table, List.of())) {
            if (origin.column().equals(column)) {
                return Optional.of(origin.declaredBy());
            }
        }
        return Optional.empty();
    }
}

package autogen.engine;

import autogen.diff.MigrationPlan;
import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.ChangeAllowedValues;
import autogen.diff.op.CreateTable;
import autogen.diff.op.Operation;
import autogen.diff.op.SetTableComment;
import autogen.diff.order.Phase;
import autogen.diff.order.PhaseOf;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * What in the entities asks for an operation, so that a reviewer goes from a line of the plan to the Java: the
 * fields ({@code Book.author}) that map the column it changes or the columns of its key or index, or the entity
 * ({@code Book}) of a table it creates, comments or checks. Nothing for a removal, which the entities ask for by no
 * longer stating something, nor for what autogen adds on its own (the metadata columns and their trigger).
 */
final class DeclaredBy {
    private DeclaredBy() {
    }

    static Optional<String> of(Operation op, Schema entities) {
        Optional<QualifiedName> table = MigrationPlan.tableOf(op);
        if (table.isEmpty() || PhaseOf.of(op).change() == Phase.Change.REMOVES) {
            return Optional.empty();
        }
        List<String> columns = MigrationPlan.columnsOf(op);
        if (!columns.isEmpty()) {
            List<String> fields = columns.stream().map(c -> entities.declaredBy(table.get(), Optional.of(c)))
                    .flatMap(Optional::stream).distinct().toList();
            return fields.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", fields));
        }
        boolean ofTheEntity = op instanceof CreateTable || op instanceof SetTableComment
                || op instanceof AddCheckConstraint || op instanceof ChangeAllowedValues;
        return ofTheEntity ? entities.declaredBy(table.get(), Optional.empty()) : Optional.empty();
    }

    /** {@code "  (Book.author)"} after a line of the plan, or nothing. */
    static String suffix(Operation op, Schema entities) {
        return of(op, entities).map(d -> "  (" + d + ")").orElse("");
    }
}

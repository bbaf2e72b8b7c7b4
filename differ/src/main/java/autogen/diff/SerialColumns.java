package autogen.diff;

import autogen.diff.op.ConvertSerialColumn;
import autogen.diff.op.Operation;
import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import autogen.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a {@code serial} column of the current schema (NOT NULL, a {@code nextval} default, and an ascending sequence
 * the column owns) that the target makes an identity column apart from a change of default and a dropped sequence.
 * Either the two count as the same ({@code serial.as-identity}), or the column is converted in one step that keeps
 * its values and starts the identity after them. Either way the rest of the comparison sees the column as the
 * identity it becomes, without its sequence.
 */
final class SerialColumns {
    /** The conversions, and the current schema as it is once they ran. */
    record Applied(List<Operation> ops, Schema current) {
    }

    private SerialColumns() {
    }

    static Applied apply(Schema current, Schema target, boolean sameAsIdentity) {
        List<Operation> ops = new ArrayList<>();
        Map<Table, List<Column>> changed = new HashMap<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Sequence sequence : current.sequences()) {
            Optional<Conversion> conversion = conversion(current, target, sequence);
            if (conversion.isEmpty()) {
                sequences.add(sequence);
                continue;
            }
            Conversion c = conversion.get();
            List<Column> columns = changed.computeIfAbsent(c.table(), t -> new ArrayList<>(t.columns()));
            columns.set(columns.indexOf(c.serial()), c.identity());
            if (!sameAsIdentity) {
                ops.add(new ConvertSerialColumn(c.table().name(), c.serial(), c.identity(), sequence));
            }
        }
        if (changed.isEmpty()) {
            return new Applied(List.of(), current);
        }
        List<Table> tables = current.tables().stream()
                .map(t -> changed.containsKey(t) ? t.withColumns(changed.get(t)) : t).toList();
        Schema converted = new Schema(current.namespaces(), current.enums(), tables, sequences, current.functions(),
                current.ordinals(), current.origins());
        return new Applied(ops, converted);
    }

    /** A serial column and the identity column it becomes. */
    private record Conversion(Table table, Column serial, Column identity) {
    }

    private static Optional<Conversion> conversion(Schema current, Schema target, Sequence sequence) {
        if (sequence.ownedBy().isEmpty() || sequence.increment() < 0
                || target.sequences().stream().anyMatch(s -> s.name().equals(sequence.name()))) {
            return Optional.empty();
        }
        Sequence.Owner owner = sequence.ownedBy().get();
        Optional<Table> table = current.table(owner.table());
        Optional<Column> serial = table.flatMap(t -> t.column(owner.column()))
                .filter(c -> !c.nullable() && c.identity() == Identity.NONE
                        && c.defaultExpression().filter(d -> d.startsWith("nextval(")).isPresent());
        Optional<Column> wanted = target.table(owner.table()).flatMap(t -> t.column(owner.column()))
                .filter(c -> c.identity() != Identity.NONE && c.defaultExpression().isEmpty());
        if (serial.isEmpty() || wanted.isEmpty()) {
            return Optional.empty();
        }
        Column identity = serial.get().withDefault(Optional.empty()).withIdentity(wanted.get().identity());
        return Optional.of(new Conversion(table.get(), serial.get(), identity));
    }
}

package autogen.diff;

import autogen.diff.op.AddColumn;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.AlterEnumType;
import autogen.diff.op.CreateTable;
import autogen.diff.op.Operation;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Marks the enum values a plan adds and then uses in a column's default: PostgreSQL refuses a value in the
 * transaction that added it, so those are added in a step of their own ({@link AlterEnumType#ownStep}).
 */
final class EnumValueSteps {
    private EnumValueSteps() {
    }

    static List<Operation> apply(List<Operation> ops) {
        List<Operation> result = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            if (op instanceof AlterEnumType alter && alter.onlyAddsValues() && !alter.ownStep()
                    && usedLater(alter, ops.subList(i + 1, ops.size()))) {
                op = new AlterEnumType(alter.before(), alter.after(), alter.usages(), true);
            }
            result.add(op);
        }
        return result;
    }

    private static boolean usedLater(AlterEnumType alter, List<Operation> later) {
        return later.stream().flatMap(EnumValueSteps::columns)
                .anyMatch(c -> isOfType(c, alter.after().name()) && c.defaultExpression()
                        .filter(d -> alter.addedValues().stream().anyMatch(v -> d.contains("'" + v.replace("'", "''")
                                + "'"))).isPresent());
    }

    private static Stream<Column> columns(Operation op) {
        if (op instanceof AddColumn a) {
            return Stream.of(a.column());
        } else if (op instanceof AlterColumn a) {
            return Stream.of(a.after());
        } else if (op instanceof CreateTable c) {
            return c.table().columns().stream();
        }
        return Stream.empty();
    }

    /** A column's type as format_type spells it: the type's name, schema-qualified when not on the search path. */
    private static boolean isOfType(Column column, QualifiedName type) {
        String spelled = column.type().replace("\"", "");
        return spelled.equals(type.name()) || spelled.equals(type.schema() + "." + type.name());
    }
}

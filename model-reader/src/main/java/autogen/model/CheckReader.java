package autogen.model;

import autogen.schema.CheckConstraint;
import autogen.schema.NamingConvention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * Reads the check constraints Hibernate writes for a table, as the constraints PostgreSQL ends up with: those of
 * each column (from {@code @Check}, {@code @Column(check)}, enum constants, discriminator values, order columns),
 * then the table's own.
 */
final class CheckReader {
    private CheckReader() {
    }

    static List<CheckConstraint> checks(Table table, String tableName) {
        Map<String, CheckConstraint> byName = new LinkedHashMap<>();
        for (Column column : table.getColumns()) {
            columnChecks(column, tableName).forEach(check -> byName.putIfAbsent(check.name(), check));
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            String expression = check.getConstraint();
            String name = check.isNamed()
                    ? Names.fold(check.getName())
                    : NamingConvention.tableCheck(tableName, expression);
            byName.putIfAbsent(name, new CheckConstraint(name, expression));
        }
        return List.copyOf(byName.values());
    }

    // ColumnDefinitions writes all unnamed checks of a column as one "check ((a) and (b))", so PostgreSQL holds
    // one constraint for them, and each named check as a "constraint <name> check (...)" of its own.
    private static List<CheckConstraint> columnChecks(Column column, String tableName) {
        List<CheckConstraint> checks = new ArrayList<>();
        List<org.hibernate.mapping.CheckConstraint> unnamed = column.getCheckConstraints().stream()
                .filter(org.hibernate.mapping.CheckConstraint::isAnonymous)
                .toList();
        if (!unnamed.isEmpty()) {
            String expression = unnamed.size() == 1
                    ? unnamed.get(0).getConstraint()
                    : unnamed.stream()
                            .map(org.hibernate.mapping.CheckConstraint::getConstraintInParens)
                            .collect(Collectors.joining(" and "));
            checks.add(new CheckConstraint(NamingConvention.columnCheck(tableName, Names.fold(column)), expression));
        }
        for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
            if (check.isNamed()) {
                checks.add(new CheckConstraint(Names.fold(check.getName()), check.getConstraint()));
            }
        }
        return checks;
    }
}

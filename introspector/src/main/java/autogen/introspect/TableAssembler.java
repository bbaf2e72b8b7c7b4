package autogen.introspect;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.Table;
import autogen.schema.Trigger;
import autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Groups the rows of the per-kind catalog queries into one {@link Table} per table name. */
final class TableAssembler {
    private final Map<QualifiedName, List<Column>> columns;
    private final Map<QualifiedName, List<ConstraintRow>> constraints;
    private final Map<QualifiedName, List<Index>> indexes;
    private final Map<QualifiedName, List<Trigger>> triggers;

    TableAssembler(List<Owned<Column>> columns, List<ConstraintRow> constraints, List<Owned<Index>> indexes,
                   List<Owned<Trigger>> triggers) {
        this.columns = byTable(columns);
        this.constraints = constraints.stream().collect(Collectors.groupingBy(ConstraintRow::table));
        this.indexes = byTable(indexes);
        this.triggers = byTable(triggers);
    }

    /** The tables in the order given; columns keep catalog order, and the table sorts its named objects. */
    List<Table> assemble(List<TableRow> tables) {
        List<Table> assembled = new ArrayList<>(tables.size());
        for (TableRow row : tables) {
            assembled.add(table(row));
        }
        return assembled;
    }

    // Loops rather than a stream per kind of constraint: this runs once per table of the catalog.
    private Table table(TableRow row) {
        QualifiedName name = row.name();
        Optional<PrimaryKey> primaryKey = Optional.empty();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (ConstraintRow constraint : constraints.getOrDefault(name, List.of())) {
            switch (constraint.kind()) {
                case PRIMARY_KEY -> primaryKey = primaryKey.or(() -> Optional.of(constraint.primaryKey()));
                case FOREIGN_KEY -> foreignKeys.add(constraint.foreignKey());
                case UNIQUE -> uniqueConstraints.add(constraint.uniqueConstraint());
                case CHECK -> checks.add(constraint.checkConstraint());
            }
        }
        return new Table(name, columns.getOrDefault(name, List.of()), primaryKey, foreignKeys, uniqueConstraints,
                indexes.getOrDefault(name, List.of()), checks, row.comment(), triggers.getOrDefault(name, List.of()));
    }

    private static <T> Map<QualifiedName, List<T>> byTable(List<Owned<T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Owned::table,
                Collectors.mapping(Owned::value, Collectors.toList())));
    }
}

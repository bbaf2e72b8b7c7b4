package autogen.introspect;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.QualifiedName;
import autogen.schema.Table;
import autogen.schema.Trigger;
import autogen.schema.UniqueConstraint;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** The tables in the order given; columns keep catalog order, named objects are sorted by name. */
    List<Table> assemble(List<TableRow> tables) {
        return tables.stream().map(this::table).toList();
    }

    private Table table(TableRow row) {
        QualifiedName name = row.name();
        List<ConstraintRow> own = constraints.getOrDefault(name, List.of());
        return new Table(name,
                columns.getOrDefault(name, List.of()),
                of(own, ConstraintKind.PRIMARY_KEY).map(ConstraintRow::primaryKey).findFirst(),
                sorted(of(own, ConstraintKind.FOREIGN_KEY).map(ConstraintRow::foreignKey), ForeignKey::name),
                sorted(of(own, ConstraintKind.UNIQUE).map(ConstraintRow::uniqueConstraint), UniqueConstraint::name),
                sorted(indexes.getOrDefault(name, List.of()).stream(), Index::name),
                sorted(of(own, ConstraintKind.CHECK).map(ConstraintRow::checkConstraint), CheckConstraint::name),
                row.comment(),
                sorted(triggers.getOrDefault(name, List.of()).stream(), Trigger::name));
    }

    private static Stream<ConstraintRow> of(List<ConstraintRow> rows, ConstraintKind kind) {
        return rows.stream().filter(row -> row.kind() == kind);
    }

    private static <T> List<T> sorted(Stream<T> values, Function<T, String> name) {
        return values.sorted(Comparator.comparing(name)).toList();
    }

    private static <T> Map<QualifiedName, List<T>> byTable(List<Owned<T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Owned::table,
                Collectors.mapping(Owned::value, Collectors.toList())));
    }
}

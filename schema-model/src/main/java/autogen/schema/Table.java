package autogen.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A table as the entities or the catalog describe it; column order is the declared order. */
public record Table(QualifiedName name, List<Column> columns, Optional<PrimaryKey> primaryKey,
                    List<ForeignKey> foreignKeys, List<UniqueConstraint> uniqueConstraints, List<Index> indexes) {
    public Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(primaryKey, "primaryKey");
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        indexes = List.copyOf(indexes);
    }

    /** The column called {@code columnName}, if the table has it. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, foreignKeys, uniqueConstraints, indexes);
    }

    /** This table with neither foreign keys nor indexes: what a CREATE TABLE statement carries. */
    public Table withoutForeignKeysAndIndexes() {
        return new Table(name, columns, primaryKey, List.of(), uniqueConstraints, List.of());
    }
}

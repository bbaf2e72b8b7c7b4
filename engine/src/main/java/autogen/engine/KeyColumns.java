package autogen.engine;

import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a key or an index that names a column its table does not have: Hibernate takes {@code @Index(columnList)}
 * and {@code @UniqueConstraint(columnNames)} as written, so a name spelled for another naming strategy
 * ({@code published_at} where the column is {@code publishedAt}) would reach the migration, which PostgreSQL then
 * refuses. Checked once the metadata columns are in, since an entity may index those too.
 */
final class KeyColumns {
    private KeyColumns() {
    }

    static void require(Schema target) {
        // A plain walk that builds no text unless a name is missing: it runs on every check of every model.
        for (Table table : target.tables()) {
            Set<String> columns = new HashSet<>();
            for (Column column : table.columns()) {
                columns.add(column.name());
            }
            if (table.primaryKey().isPresent()) {
                PrimaryKey pk = table.primaryKey().get();
                check(target, table, columns, "primary key ", pk.name(), pk.columns(), "@Id");
            }
            for (UniqueConstraint unique : table.uniqueConstraints()) {
                check(target, table, columns, "unique constraint ", unique.name(), unique.columns(),
                        "@UniqueConstraint(columnNames = ...)");
            }
            for (Index index : table.indexes()) {
                check(target, table, columns, "index ", index.name(), index.columns(), "@Index(columnList = ...)");
            }
            for (ForeignKey key : table.foreignKeys()) {
                check(target, table, columns, "foreign key ", key.name(), key.columns(), "@JoinColumn(name = ...)");
            }
        }
    }

    private static void check(Schema target, Table table, Set<String> columns, String kind, String name,
                              List<String> named, String fix) {
        for (String column : named) {
            if (!columns.contains(column)) {
                String owner = target.declaredBy(table.name(), Optional.empty()).orElse("the entities");
                throw new AutogenException(Failure.BAD_INPUT, owner + ": " + kind + name + " names column " + column
                        + ", which table " + table.name().name() + " does not have (its columns: "
                        + table.columns().stream().map(Column::name).collect(Collectors.joining(", "))
                        + "); write the column's name in " + fix + " as the table has it");
            }
        }
    }
}

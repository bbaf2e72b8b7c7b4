package autogen.migration;

import autogen.schema.ReferentialAction;
import java.util.List;

/** A foreign key as a migration declares it: {@code foreignKey("author_id").references("users", "id")}. */
public record ForeignKeySpec(List<String> columns, String referencedTable, List<String> referencedColumns,
                             ReferentialAction onDelete, ReferentialAction onUpdate) {
    public ForeignKeySpec {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    public ForeignKeySpec references(String table, String... tableColumns) {
        return new ForeignKeySpec(columns, table, List.of(tableColumns), onDelete, onUpdate);
    }

    public ForeignKeySpec onDelete(ReferentialAction action) {
        return new ForeignKeySpec(columns, referencedTable, referencedColumns, action, onUpdate);
    }

    public ForeignKeySpec onUpdate(ReferentialAction action) {
        return new ForeignKeySpec(columns, referencedTable, referencedColumns, onDelete, action);
    }
}

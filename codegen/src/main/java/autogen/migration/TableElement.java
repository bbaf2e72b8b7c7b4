package autogen.migration;

import java.util.List;

/** A part of a CREATE TABLE: a column, the primary key or a unique constraint. */
public sealed interface TableElement permits ColumnSpec, TableElement.PrimaryKeySpec, TableElement.UniqueSpec {

    /** The table's primary key. */
    record PrimaryKeySpec(String name, List<String> columns) implements TableElement {
        public PrimaryKeySpec {
            columns = List.copyOf(columns);
        }
    }

    /** A unique constraint of the table. */
    record UniqueSpec(String name, List<String> columns) implements TableElement {
        public UniqueSpec {
            columns = List.copyOf(columns);
        }
    }
}

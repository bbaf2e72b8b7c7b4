package autogen.migration;

import java.util.List;

/** A part of a CREATE TABLE: a column, the primary key, a unique or check constraint, or the comment. */
public sealed interface TableElement permits ColumnSpec, TableElement.PrimaryKeySpec, TableElement.UniqueSpec,
        TableElement.CheckSpec, TableElement.CommentSpec {

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

    /** A check constraint of the table; {@code expression} is the condition without CHECK. */
    record CheckSpec(String name, String expression) implements TableElement {
    }

    /** The table's comment. */
    record CommentSpec(String text) implements TableElement {
    }
}

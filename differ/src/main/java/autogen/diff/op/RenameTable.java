package autogen.diff.op;

import autogen.schema.QualifiedName;
import java.util.Objects;

/** Renames a table within its schema, keeping its rows, keys and indexes; its inverse renames it back. */
public record RenameTable(QualifiedName table, String newName) implements Operation {
    public RenameTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(newName, "newName");
    }

    public QualifiedName renamed() {
        return new QualifiedName(table.schema(), newName);
    }

    @Override
    public Operation inverse() {
        return new RenameTable(renamed(), table.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameTable(this);
    }
}

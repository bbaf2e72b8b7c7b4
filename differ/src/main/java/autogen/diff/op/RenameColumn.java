package autogen.diff.op;

import autogen.schema.QualifiedName;
import java.util.Objects;

/** Renames a column, keeping its values; its inverse renames it back. */
public record RenameColumn(QualifiedName table, String column, String newName) implements Operation {
    public RenameColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public Operation inverse() {
        return new RenameColumn(table, newName, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameColumn(this);
    }
}

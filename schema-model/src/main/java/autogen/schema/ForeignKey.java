package autogen.schema;

import java.util.List;
import java.util.Objects;

/** A foreign key constraint from {@code columns} of its table to {@code referencedColumns} of another. */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    /** This foreign key under another name. */
    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate);
    }

    // equals and hashCode are written out, as QualifiedName's are and for the same reason.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ForeignKey that
                && name.equals(that.name)
                && columns.equals(that.columns)
                && referencedTable.equals(that.referencedTable)
                && referencedColumns.equals(that.referencedColumns)
                && onDelete.equals(that.onDelete)
                && onUpdate.equals(that.onUpdate);
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + columns.hashCode();
        hash = 31 * hash + referencedTable.hashCode();
        hash = 31 * hash + referencedColumns.hashCode();
        hash = 31 * hash + onDelete.hashCode();
        hash = 31 * hash + onUpdate.hashCode();
        return hash;
    }
}

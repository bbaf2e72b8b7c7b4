package autogen.diff.op;

import autogen.schema.QualifiedName;

/** Renames an index of a table; opt-in, to adopt the naming convention. */
public record RenameIndex(QualifiedName table, String from, String to) implements Operation {
    @Override
    public Operation inverse() {
        return new RenameIndex(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameIndex(this);
    }
}

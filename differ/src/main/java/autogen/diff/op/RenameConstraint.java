package autogen.diff.op;

import autogen.schema.QualifiedName;

/** Renames a table constraint (key, unique or check); opt-in, to adopt the naming convention. */
public record RenameConstraint(QualifiedName table, String from, String to) implements Operation {
    @Override
    public Operation inverse() {
        return new RenameConstraint(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameConstraint(this);
    }
}

package autogen.diff.op;

import autogen.schema.Index;
import autogen.schema.QualifiedName;

/** Drops an index. */
public record DropIndex(QualifiedName table, Index index) implements Operation {
    @Override
    public Operation inverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}

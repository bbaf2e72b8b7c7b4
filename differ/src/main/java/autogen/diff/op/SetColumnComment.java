package autogen.diff.op;

import autogen.schema.QualifiedName;
import java.util.Optional;

/** Changes or removes the comment of an existing column. */
public record SetColumnComment(QualifiedName table, String column, Optional<String> before, Optional<String> after) implements Operation {
    @Override
    public Operation inverse() {
        return new SetColumnComment(table, column, after, before);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.setColumnComment(this);
    }
}

package autogen.diff.op;

import autogen.schema.QualifiedName;
import java.util.Optional;

/** Changes or removes the comment of an existing table. */
public record SetTableComment(QualifiedName table, Optional<String> before, Optional<String> after) implements Operation {
    @Override
    public Operation inverse() {
        return new SetTableComment(table, after, before);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.setTableComment(this);
    }
}

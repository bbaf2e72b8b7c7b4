package autogen.diff.op;

import autogen.schema.EnumType;

/** Creates a native enum type. */
public record CreateEnumType(EnumType type) implements Operation {
    @Override
    public Operation inverse() {
        return new DropEnumType(type);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createEnumType(this);
    }
}

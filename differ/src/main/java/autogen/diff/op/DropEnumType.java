package autogen.diff.op;

import autogen.schema.EnumType;

/** Drops a native enum type that no column uses any more. */
public record DropEnumType(EnumType type) implements Operation {
    @Override
    public Operation inverse() {
        return new CreateEnumType(type);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropEnumType(this);
    }
}

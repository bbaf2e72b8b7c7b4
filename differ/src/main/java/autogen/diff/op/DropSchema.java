package autogen.diff.op;

/** Drops an empty namespace; PostgreSQL refuses if anything is still in it. */
public record DropSchema(String name) implements Operation {
    @Override
    public Operation inverse() {
        return new CreateSchema(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSchema(this);
    }
}

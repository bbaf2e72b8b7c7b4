package autogen.diff.op;

/** Creates a namespace (a PostgreSQL schema) that tables, sequences or types of the model live in. */
public record CreateSchema(String name) implements Operation {
    @Override
    public Operation inverse() {
        return new DropSchema(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSchema(this);
    }
}

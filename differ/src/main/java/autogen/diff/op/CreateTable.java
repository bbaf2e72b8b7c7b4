package autogen.diff.op;

import autogen.schema.Table;

/** Creates a table with its columns, primary key and unique constraints (indexes and foreign keys are separate operations). */
public record CreateTable(Table table) implements Operation {
    @Override
    public Operation inverse() {
        return new DropTable(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTable(this);
    }
}

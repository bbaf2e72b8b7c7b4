package autogen.diff.op;

import autogen.schema.Table;
import java.util.Set;

/** Drops a table; holds its whole definition so the downgrade can create it again. */
public record DropTable(Table table) implements Operation {
    @Override
    public Operation inverse() {
        return new CreateTable(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }

    @Override
    public Set<Hazard> hazards() {
        return Set.of(Hazard.DELETES_DATA);
    }
}

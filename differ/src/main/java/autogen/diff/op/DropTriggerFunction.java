package autogen.diff.op;

import autogen.schema.TriggerFunction;

/** Drops a trigger function that no trigger uses any more. */
public record DropTriggerFunction(TriggerFunction function) implements Operation {
    @Override
    public Operation inverse() {
        return new CreateTriggerFunction(function);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTriggerFunction(this);
    }
}

package autogen.diff.op;

import autogen.schema.TriggerFunction;

/** Creates a trigger function of autogen's, such as the one that keeps updated_at current. */
public record CreateTriggerFunction(TriggerFunction function) implements Operation {
    @Override
    public Operation inverse() {
        return new DropTriggerFunction(function);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTriggerFunction(this);
    }
}

package autogen.diff.op;

import autogen.schema.TriggerFunction;

/** Replaces the body of an existing trigger function ({@code CREATE OR REPLACE}). */
public record ReplaceTriggerFunction(TriggerFunction before, TriggerFunction after) implements Operation {
    @Override
    public Operation inverse() {
        return new ReplaceTriggerFunction(after, before);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.replaceTriggerFunction(this);
    }
}

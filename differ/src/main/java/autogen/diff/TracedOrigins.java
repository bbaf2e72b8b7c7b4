package autogen.diff;

import autogen.diff.op.Operation;
import autogen.schema.Schema;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;

/**
 * What asks for each of a plan's up steps, worked out when first asked for: a {@code check} shows ten steps of
 * each kind, so tracing the thirty thousand steps of a large plan up front would cost it more than it shows. The
 * index of the entities' origins is built once, on the first question, and shared by the plans derived from this
 * one. Immutable as seen from outside; answers are remembered.
 */
final class TracedOrigins extends AbstractList<Optional<String>> {
    /** The index of the entities' origins, built on first use and then shared. */
    private static final class Index {
        private final Schema entities;
        private DeclaredBy built;

        Index(Schema entities) {
            this.entities = entities;
        }

        synchronized DeclaredBy get() {
            if (built == null) {
                built = new DeclaredBy(entities);
            }
            return built;
        }
    }

    private final List<Operation> steps;
    private final Index index;
    private final Object[] answers;

    private TracedOrigins(List<Operation> steps, Index index) {
        this.steps = List.copyOf(steps);
        this.index = index;
        this.answers = new Object[this.steps.size()];
    }

    /** The origins of {@code steps} in {@code entities}. */
    TracedOrigins(List<Operation> steps, Schema entities) {
        this(steps, new Index(entities));
    }

    /** The origins of {@code kept}, steps of the same plan or derived from it, from the same index. */
    TracedOrigins of(List<Operation> kept) {
        return new TracedOrigins(kept, index);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<String> get(int step) {
        Object answer = answers[step];
        if (answer == null) {
            answer = index.get().of(steps.get(step));
            answers[step] = answer;
        }
        return (Optional<String>) answer;
    }

    @Override
    public int size() {
        return steps.size();
    }
}

package autogen.engine;

import autogen.codegen.OperationDescriber;
import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plan's steps as people read them, one line each: the mark, what the step does and the entity field that asks
 * for it ({@code (Book.title)}), then its hazards and the wait its lock makes in a column of their own, after the
 * longest of the list, so that the hazards read down the list. A line without any ends with what it does.
 */
final class PlanLines {
    /** The space between what a step does and its hazards. */
    private static final String GAP = "   ";

    /** One step of a list: the step, what asks for it, its hazards and the lock worth naming on its line. */
    record Step(Operation op, Optional<String> declaredBy, Set<Hazard> hazards, Optional<String> lock) {
        /** What the step does, uncoloured, and the field that asks for it. */
        String text() {
            return OperationDescriber.describe(op) + declaredBy.map(d -> "  (" + d + ")").orElse("");
        }

        boolean hasRisk() {
            return !hazards.isEmpty() || lock.isPresent();
        }
    }

    private PlanLines() {
    }

    /** The line of each of {@code steps}, in order, each starting with {@code indent}. */
    static List<String> of(List<Step> steps, String indent, boolean colour) {
        List<String> texts = steps.stream().map(Step::text).toList();
        int width = texts.stream().mapToInt(String::length).max().orElse(0);
        List<String> lines = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String text = texts.get(i);
            lines.add(indent + Marks.of(s.op(), colour) + " " + text
                    + (s.hasRisk() ? " ".repeat(width - text.length()) + GAP + risk(s, colour) : ""));
        }
        return lines;
    }

    private static String risk(Step step, boolean colour) {
        String hazards = Marks.hazards(step.hazards(), colour);
        String lock = step.lock().map(l -> "lock: " + l).orElse("");
        return hazards.isEmpty() || lock.isEmpty() ? hazards + lock : hazards + "  " + lock;
    }
}

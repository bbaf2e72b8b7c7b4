package autogen.codegen;

import autogen.diff.MigrationPlan;
import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * What a migration file says about its steps, in every format: above each step what in the entities asks for it
 * ({@code Book.title}), a line per hazard, its lock and its notes; in the header, one line per step that has hazards
 * or notes. Each format puts its comment marks around them.
 */
public final class StepComments {
    private StepComments() {
    }

    /** The comment lines of each up step of {@code plan}. */
    public static List<List<String>> upgrade(MigrationPlan plan) {
        return above(plan.up(), plan::declaredBy, plan::notesOf);
    }

    /** The comment lines of each down step of {@code plan}, which names what asked for the up step it undoes. */
    public static List<List<String>> downgrade(MigrationPlan plan) {
        return above(plan.down(), plan::downDeclaredBy, step -> List.of());
    }

    /**
     * For each of {@code ops}, its comment lines: what asks for it ({@code Book.title}), {@code HAZARD CODE: ...},
     * {@code LOCK: ...}, {@code NOTE: ...}.
     */
    private static List<List<String>> above(List<Operation> ops, IntFunction<Optional<String>> declaredBy,
                                            IntFunction<List<String>> notes) {
        List<MigrationPlan.Risk> risks = MigrationPlan.risksByStep(ops);
        List<List<String>> comments = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            List<String> lines = new ArrayList<>();
            declaredBy.apply(i).ifPresent(field -> lines.add(oneLine(field)));
            MigrationPlan.Risk risk = risks.get(i);
            for (Hazard hazard : risk.hazards()) {
                lines.add("HAZARD " + hazard.name() + ": " + hazard.description());
            }
            risk.lock().ifPresent(lock -> lines.add("LOCK: " + lock));
            for (String note : notes.apply(i)) {
                lines.add("NOTE: " + oneLine(note));
            }
            comments.add(lines);
        }
        return comments;
    }

    /** The header's list: each step with hazards or notes, as {@code CODES: what it does; note; ...}. */
    public static List<String> summary(MigrationPlan plan) {
        List<Set<Hazard>> byStep = MigrationPlan.hazardsByStep(plan.up());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < byStep.size(); i++) {
            Set<Hazard> hazards = byStep.get(i);
            if (!hazards.isEmpty() || !plan.notesOf(i).isEmpty()) {
                StringBuilder line = new StringBuilder();
                if (!hazards.isEmpty()) {
                    line.append(hazards.stream().map(Hazard::name).collect(Collectors.joining(", ")))
                            .append(": ");
                }
                line.append(OperationDescriber.describe(plan.up().get(i)));
                plan.notesOf(i).forEach(note -> line.append("; ").append(note));
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static String oneLine(String text) {
        return text.replace("\r", " ").replace("\n", " ");
    }
}

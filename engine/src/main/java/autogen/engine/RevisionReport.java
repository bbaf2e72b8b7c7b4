package autogen.engine;

import autogen.diff.MigrationPlan;
import autogen.diff.op.Hazard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What {@code revision} prints: the file it wrote and each operation with its hazards, or that none was needed. */
public final class RevisionReport {
    private RevisionReport() {
    }

    public static void print(RevisionService.Revision revision, PrintWriter out) {
        if (revision.file().isEmpty()) {
            out.println("No changes: the entities match " + revision.comparedWith() + ". No migration written.");
            printKept(revision.plan(), out);
            return;
        }
        MigrationPlan plan = revision.plan();
        int steps = plan.up().size();
        out.println("Wrote " + display(revision.file().get()) + " (" + steps + " operation" + (steps == 1 ? "" : "s")
                + "):");
        List<Set<Hazard>> hazardsByStep = MigrationPlan.hazardsByStep(plan.up());
        List<String> lines = PlanLines.of(IntStream.range(0, steps).mapToObj(i -> new PlanLines.Step(plan.up().get(i),
                plan.declaredBy(i), hazardsByStep.get(i), Optional.empty())).toList(), "  ", Marks.colour());
        for (int i = 0; i < steps; i++) {
            out.println(lines.get(i));
            plan.notesOf(i).forEach(note -> out.println("      " + note));
        }
        printKept(plan, out);
        if (!revision.metadataIntroduced().isEmpty()) {
            out.println("Every table gets autogen's metadata columns (" + String.join(", ",
                    revision.metadataIntroduced()) + ") and an updated_at trigger: metadata.enabled=false in"
                    + " autogen.properties leaves them out.");
        }
        if (!revision.approved().isEmpty()) {
            out.println("Approved in the file: " + codes(revision.approved()) + " (the production guard lets "
                    + (revision.approved().size() == 1 ? "it" : "them") + " through).");
        }
        if (!revision.notCarried().isEmpty()) {
            out.println("Not recorded: --approve " + codes(revision.notCarried()) + ", which the migration does not"
                    + " carry.");
        }
        out.println("Review it, then apply it with: autogen upgrade head");
    }

    /** The rules only the database has, which the migration leaves in place: counted, with where to see them. */
    private static void printKept(MigrationPlan plan, PrintWriter out) {
        int kept = plan.unstatedRules().size();
        if (kept > 0) {
            out.println("Kept " + kept + " rule" + (kept == 1 ? "" : "s") + " (indexes, keys, checks, NOT NULLs,"
                    + " defaults) that only the database has: autogen check lists them; --drop-unstated removes them.");
        }
    }

    private static String codes(List<Hazard> hazards) {
        return hazards.stream().map(Hazard::name).collect(Collectors.joining(", "));
    }

    /** {@code file} relative to the working folder when it is inside it, as a reviewer opens it. */
    public static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }
}

package autogen.cli;

import autogen.codegen.MigrationMeta;
import autogen.codegen.OperationDescriber;
import autogen.codegen.files.MigrationWriter;
import autogen.diff.MigrationPlan;
import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import autogen.runner.AutogenException;
import autogen.runner.ExitCodes;
import autogen.runner.LoadedMigration;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the migration that brings the schema to the entities, or nothing when they already match. */
public final class RevisionService {
    private static final DateTimeFormatter REVISION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);
    private final Clock clock;

    public RevisionService(Clock clock) {
        this.clock = clock;
    }

    /** What the user asked of this revision beyond the message. */
    public record Options(boolean allowDataLoss, boolean renameToConvention) {
    }

    public int run(Settings settings, String message, Options options, PrintWriter out) {
        if (message == null || message.isBlank()) {
            throw new AutogenException(ExitCodes.USAGE, "a revision needs a message: autogen -m \"Add users table\"");
        }
        DiffService.Result result = new DiffService().diff(settings, options.renameToConvention());
        MigrationPlan plan = result.plan();
        if (plan.isEmpty()) {
            out.println("No changes: the entities match " + result.comparedWith() + ". No migration written.");
            return ExitCodes.OK;
        }
        if (plan.hazards().contains(Hazard.DELETES_DATA) && !options.allowDataLoss()) {
            throw new AutogenException(ExitCodes.REFUSED, "not written: the migration would delete data ("
                    + plan.up().stream().filter(op -> op.hazards().contains(Hazard.DELETES_DATA))
                    .map(OperationDescriber::describe).collect(Collectors.joining("; "))
                    + "); check that this is meant, then run again with --allow-data-loss");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Optional<String> parent = result.head().map(LoadedMigration::revision);
        MigrationMeta meta = new MigrationMeta(nextRevision(now, parent), parent, message.trim(), now);
        Path file;
        try {
            file = new MigrationWriter().write(settings.migrations(), meta, plan);
        } catch (IOException e) {
            throw new AutogenException(ExitCodes.BAD_INPUT, "cannot write the migration: " + e.getMessage(), e);
        }
        int steps = plan.up().size();
        out.println("Wrote " + display(file) + " (" + steps + " operation" + (steps == 1 ? "" : "s") + "):");
        List<Set<Hazard>> hazardsByStep = MigrationPlan.hazardsByStep(plan.up());
        for (int i = 0; i < plan.up().size(); i++) {
            Operation op = plan.up().get(i);
            Set<Hazard> opHazards = hazardsByStep.get(i);
            String hazards = opHazards.isEmpty() ? "" : "   [" + opHazards.stream().map(Hazard::name)
                    .collect(Collectors.joining(", ")) + "]";
            out.println("  " + OperationDescriber.describe(op) + hazards);
        }
        out.println("Review it, then apply it with: autogen upgrade head");
        return ExitCodes.OK;
    }

    /** The UTC time as yyyyMMddHHmmss, moved past the parent's when clocks or quick runs would collide. */
    static String nextRevision(Instant now, Optional<String> parent) {
        String candidate = REVISION.format(now);
        if (parent.isPresent() && parent.get().matches("\\d{14}") && candidate.compareTo(parent.get()) <= 0) {
            Instant parentTime = Instant.from(REVISION.parse(parent.get()));
            return REVISION.format(parentTime.plusSeconds(1));
        }
        return candidate;
    }

    private static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }
}

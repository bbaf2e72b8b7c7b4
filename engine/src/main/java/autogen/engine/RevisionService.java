package autogen.engine;

import autogen.diff.MigrationPlan;
import autogen.diff.op.Hazard;
import autogen.render.MigrationMeta;
import autogen.render.OperationDescriber;
import autogen.render.files.MigrationWriter;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.runner.LoadedMigration;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
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

    /** What a revision wrote, or that there was nothing to write. */
    public record Revision(MigrationPlan plan, String comparedWith, Optional<Path> file) {
    }

    /**
     * Writes the migration from the current schema to the entities; writes nothing when they match.
     *
     * @throws AutogenException {@link Failure#USAGE} without a message, {@link Failure#REFUSED} when the migration
     *     would delete data and {@code allowDataLoss} was not given
     */
    public Revision write(Settings settings, String message, Options options) {
        if (message == null || message.isBlank()) {
            throw new AutogenException(Failure.USAGE, "a revision needs a message: autogen -m \"Add users table\"");
        }
        DiffService.Result result = new DiffService().diff(settings, options.renameToConvention());
        MigrationPlan plan = result.plan();
        if (plan.isEmpty()) {
            return new Revision(plan, result.comparedWith(), Optional.empty());
        }
        if (plan.hazards().contains(Hazard.DELETES_DATA) && !options.allowDataLoss()) {
            throw new AutogenException(Failure.REFUSED, "not written: the migration would delete data ("
                    + plan.up().stream().filter(op -> op.hazards().contains(Hazard.DELETES_DATA))
                    .map(OperationDescriber::describe).collect(Collectors.joining("; "))
                    + "); check that this is meant, then run again with --allow-data-loss");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Optional<String> parent = result.head().map(LoadedMigration::revision);
        MigrationMeta meta = new MigrationMeta(nextRevision(now, parent), parent, message.trim(), now);
        try {
            return new Revision(plan, result.comparedWith(),
                    Optional.of(new MigrationWriter().write(settings.migrations(), meta, plan)));
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot write the migration: " + e.getMessage(), e);
        }
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
}

package autogen.engine;

import autogen.diff.MigrationPlan;
import autogen.diff.op.CreateTriggerFunction;
import autogen.schema.Column;
import autogen.diff.op.Hazard;
import autogen.codegen.MigrationMeta;
import autogen.codegen.OperationDescriber;
import autogen.codegen.files.MigrationWriter;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
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

    /**
     * What the user asked of this revision beyond the message; {@code approve}, the hazards a reviewer approved,
     * recorded in the file where the migration carries them.
     */
    public record Options(boolean allowDataLoss, RevisionHints hints, Set<Hazard> approve) {
        public Options {
            approve = Set.copyOf(approve);
        }

        public Options(boolean allowDataLoss, RevisionHints hints) {
            this(allowDataLoss, hints, Set.of());
        }

        public Options(boolean allowDataLoss, boolean renameToConvention) {
            this(allowDataLoss, RevisionHints.renamingToConvention(renameToConvention));
        }
    }

    /**
     * What a revision wrote, or that there was nothing to write; {@code approved}, the hazards it records as
     * approved, and {@code notCarried}, those asked to be approved that the migration does not carry.
     */
    public record Revision(MigrationPlan plan, String comparedWith, Optional<Path> file, List<Hazard> approved,
                           List<Hazard> notCarried, List<String> metadataIntroduced) {
        public Revision {
            approved = List.copyOf(approved);
            notCarried = List.copyOf(notCarried);
            metadataIntroduced = List.copyOf(metadataIntroduced);
        }

        Revision(MigrationPlan plan, String comparedWith, Optional<Path> file) {
            this(plan, comparedWith, file, List.of(), List.of(), List.of());
        }
    }

    /**
     * The metadata columns, when {@code plan} is the one that brings autogen's metadata to the schema (it creates
     * the function of the updated_at trigger): a new user meets them there, and is told how to leave them out.
     */
    private static List<String> metadataIntroduced(MigrationPlan plan, Settings settings) {
        boolean introduces = settings.metadata().enabled() && plan.up().stream().anyMatch(op ->
                op instanceof CreateTriggerFunction f && f.function().name().equals(settings.metadata().function()));
        return introduces ? settings.metadata().columns().stream().map(Column::name).toList() : List.of();
    }

    /**
     * The hazards {@code codes} name ({@code WEAKENS_SCHEMA}), for {@code --approve}.
     *
     * @throws AutogenException {@link Failure#USAGE} naming a code that is no hazard's, with every hazard's
     */
    public static Set<Hazard> approvals(List<String> codes) {
        Set<Hazard> hazards = EnumSet.noneOf(Hazard.class);
        for (String code : codes) {
            hazards.add(Hazard.named(code.strip()).orElseThrow(() -> new AutogenException(Failure.USAGE,
                    "--approve: no hazard is called '" + code.strip() + "'; the hazards are "
                            + Arrays.stream(Hazard.values()).map(Hazard::name).collect(Collectors.joining(", ")))));
        }
        return hazards;
    }

    /**
     * Writes the migration from the current schema to the entities; writes nothing when they match.
     *
     * @throws AutogenException {@link Failure#USAGE} without a message, {@link Failure#BAD_INPUT} when the
     *     migrations have several heads, {@link Failure#REFUSED} when the migration would delete data and
     *     {@code allowDataLoss} was not given
     */
    public Revision write(Settings settings, String message, Options options) {
        requireMessage(message);
        DiffService.Result result = new DiffService().diff(settings, options.hints(),
                graph -> graph.singleHead("merge them first with autogen merge -m \"Merge\", then write the revision"));
        if (result.plan().isEmpty()) {
            return new Revision(result.plan(), result.comparedWith(), Optional.empty());
        }
        return write(settings, message, options, result, result.graph().heads());
    }

    /**
     * Writes a migration that joins the heads of the migrations: its parents are the heads, and its upgrade holds
     * what the schema of all branches together, built on the shadow database, still needs to match the entities
     * (often nothing).
     */
    public Revision merge(Settings settings, String message, Options options) {
        requireMessage(message);
        DiffService.Result result = new DiffService().diff(settings.withoutDatabase(), options.hints(),
                graph -> {
            if (graph.heads().size() < 2) {
                throw new AutogenException(Failure.BAD_INPUT, "nothing to merge: the migrations have "
                        + (graph.heads().isEmpty() ? "no head" : "one head, " + graph.heads().get(0)));
            }
        });
        return write(settings, message, options, result, result.graph().heads());
    }

    private Revision write(Settings settings, String message, Options options, DiffService.Result result,
                           List<String> parents) {
        MigrationPlan plan = result.plan();
        List<String> losses = lossesWithoutConsent(plan, options);
        if (!losses.isEmpty()) {
            throw new AutogenException(Failure.REFUSED, "not written: the migration could lose data ("
                    + String.join("; ", losses) + "); check that this is meant, then run again with"
                    + " --allow-data-loss");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Hazard> approved = plan.hazards().stream().filter(options.approve()::contains).toList();
        List<Hazard> notCarried = options.approve().stream().filter(h -> !plan.hazards().contains(h)).sorted()
                .toList();
        MigrationMeta meta = new MigrationMeta(nextRevision(now, parents), parents, message.trim(), now,
                Optional.of(new MigrationMeta.Fingerprints(result.fingerprints().current(),
                        result.fingerprints().target())), false,
                RecordedOrdinals.toRecord(result.compared().current(), result.compared().target()),
                approved.stream().map(Hazard::name).toList());
        try {
            return new Revision(plan, result.comparedWith(),
                    Optional.of(new MigrationWriter().write(settings.migrations(), settings.migrationFormat(), meta,
                            plan)), approved, notCarried, metadataIntroduced(plan, settings));
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot write the migration: " + e.getMessage(), e);
        }
    }

    /** Each step that can lose data, described with its hazards, unless the user allowed data loss. */
    private static List<String> lossesWithoutConsent(MigrationPlan plan, Options options) {
        if (options.allowDataLoss()) {
            return List.of();
        }
        List<Set<Hazard>> byStep = MigrationPlan.hazardsByStep(plan.up());
        List<String> losses = new ArrayList<>();
        for (int i = 0; i < byStep.size(); i++) {
            List<String> codes = byStep.get(i).stream().filter(Hazard::needsConsent).map(Hazard::name).toList();
            if (!codes.isEmpty()) {
                String notes = plan.notesOf(i).stream().map(n -> ", " + n).collect(Collectors.joining());
                losses.add(OperationDescriber.describe(plan.up().get(i)) + " " + codes + notes);
            }
        }
        return losses;
    }

    private static void requireMessage(String message) {
        if (message == null || message.isBlank()) {
            throw new AutogenException(Failure.USAGE, "a revision needs a message: autogen -m \"Add users table\"");
        }
    }

    /** The UTC time as yyyyMMddHHmmss, moved past the parents' when clocks or quick runs would collide. */
    static String nextRevision(Instant now, List<String> parents) {
        String candidate = REVISION.format(now);
        Optional<String> latest = parents.stream().filter(p -> p.matches("\\d{14}")).max(String::compareTo);
        if (latest.isPresent() && candidate.compareTo(latest.get()) <= 0) {
            Instant parentTime = Instant.from(REVISION.parse(latest.get()));
            return REVISION.format(parentTime.plusSeconds(1));
        }
        return candidate;
    }
}

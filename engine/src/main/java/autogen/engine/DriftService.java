package autogen.engine;

import autogen.diff.MigrationPlan;
import autogen.diff.PlanHints;
import autogen.diff.SchemaDiffer;
import autogen.diff.SchemaFingerprint;
import autogen.diff.SchemaFilter;
import autogen.diff.StatedNames;
import autogen.diff.SubjectOf;
import autogen.diff.op.Operation;
import autogen.introspect.PostgresIntrospector;
import autogen.introspect.TargetNormalizer;
import autogen.metadata.MetadataInjector;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.runner.MigrationRunner;
import autogen.runner.MigrationSource;
import autogen.runner.RevisionGraph;
import autogen.schema.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a database that its migrations built, and nobody touched since, from one changed by hand: a change made
 * outside any migration is drift. When the fingerprint of the database's schema is the one the head's migration
 * recorded, there is none; otherwise the migrations are replayed on the shadow database and compared with it by the
 * differ's own rules: a name counts only where an entity states it.
 */
public final class DriftService {
    /**
     * The changes made to a database outside its migrations, as the operations that would make them on a database
     * the migrations built: those the entities do not have ({@code notInEntities}: undo them) and those they have
     * too ({@code inEntities}: write them into a migration). {@code differences} is the comparison of the entities
     * with the database without the changes it only reports again: what the entities and the migrations agree on,
     * which a hand change broke, is drift, not a difference to write a migration for.
     */
    public record Drift(MigrationPlan notInEntities, MigrationPlan inEntities, MigrationPlan differences) {
    }

    public Optional<Drift> drift(Settings settings, DiffService.Result result) {
        DiffService.Compared compared = result.compared();
        RevisionGraph graph = result.graph();
        if (!compared.database() || graph.isEmpty() || graph.heads().size() != 1) {
            return Optional.empty();
        }
        Optional<String> recorded = graph.get(graph.heads().get(0)).flatMap(MigrationSource::schemaAfter);
        if (recorded.isPresent() && recorded.get().equals(SchemaFingerprint.of(compared.current()))) {
            return Optional.empty();
        }
        Optional<Schema> replayed = replayed(settings, graph, compared);
        if (replayed.isEmpty()) {
            return Optional.empty();
        }
        PlanHints rules = PlanHints.NONE.withSerialAsIdentity(settings.hints().serialAsIdentity());
        MigrationPlan drift = new SchemaDiffer(rules.withNames(StatedNames.of(compared.target())))
                .diff(replayed.get(), compared.current());
        if (drift.isEmpty()) {
            return Optional.empty();
        }
        // What the migrations still need to match the entities: an object it leaves alone is one the entities and
        // the migrations agree on.
        Set<String> pending = subjects(new SchemaDiffer(rules).diff(replayed.get(), compared.target()));
        Set<String> differing = subjects(result.plan());
        List<Operation> notInEntities = new ArrayList<>();
        List<Operation> inEntities = new ArrayList<>();
        Set<String> onlyDrift = new HashSet<>();
        for (Operation op : drift.up()) {
            Set<String> subjects = SubjectOf.of(op);
            if (!meets(subjects, differing)) {
                inEntities.add(op);
                continue;
            }
            notInEntities.add(op);
            if (!meets(subjects, pending)) {
                onlyDrift.addAll(subjects);
            }
        }
        return Optional.of(new Drift(new MigrationPlan(notInEntities).tracedTo(compared.target()),
                new MigrationPlan(inEntities).tracedTo(compared.target()),
                result.plan().without(op -> meets(SubjectOf.of(op), onlyDrift))));
    }

    private static Set<String> subjects(MigrationPlan plan) {
        Set<String> subjects = new HashSet<>();
        plan.up().forEach(op -> subjects.addAll(SubjectOf.of(op)));
        plan.unstated().forEach(op -> subjects.addAll(SubjectOf.of(op)));
        return subjects;
    }

    private static boolean meets(Collection<String> subjects, Set<String> others) {
        return subjects.stream().anyMatch(others::contains);
    }

    /**
     * The schema the migrations build, read and filtered as the database's was; none when they do not build on
     * an empty database (a database adopted without a baseline, whose first migration changes tables it had).
     */
    private static Optional<Schema> replayed(Settings settings, RevisionGraph graph, DiffService.Compared compared) {
        try (DatabaseSession shadow = DatabaseSession.throwaway(settings.timeouts())) {
            return shadow.call(() -> {
                try {
                    new MigrationRunner(shadow.connection(), line -> { }, settings.runnerOptions())
                            .upgrade(graph, "heads");
                } catch (AutogenException e) {
                    if (e.failure() == Failure.MIGRATION_FAILED) {
                        return Optional.<Schema>empty();
                    }
                    throw e;
                }
                Schema catalog = new TargetNormalizer().normalize(shadow.connection(),
                        new PostgresIntrospector().read(shadow.connection(), compared.scope()));
                Schema current = new MetadataInjector(settings.metadata()).hideWhenDisabled(catalog,
                        compared.target());
                SchemaFilter.Filtered filtered = settings.filter().apply(current, compared.target());
                return Optional.of(filtered.current());
            });
        }
    }
}

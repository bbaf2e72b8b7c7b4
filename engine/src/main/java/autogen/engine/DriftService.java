package autogen.engine;

import autogen.diff.MigrationPlan;
import autogen.diff.SchemaDiffer;
import autogen.diff.SchemaFingerprint;
import autogen.diff.SchemaFilter;
import autogen.introspect.PostgresIntrospector;
import autogen.introspect.TargetNormalizer;
import autogen.metadata.MetadataInjector;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.runner.MigrationRunner;
import autogen.runner.MigrationSource;
import autogen.runner.RevisionGraph;
import autogen.schema.Schema;
import java.util.Optional;

/**
 * Tells a database that its migrations built, and nobody touched since, from one changed by hand: a change made
 * outside any migration is drift. When the fingerprint of the database's schema is the one the head's migration
 * recorded, there is none; otherwise the migrations are replayed on the shadow database and compared with it.
 */
public final class DriftService {
    /** The changes made to the database outside the migrations, as the operations that would make them. */
    public Optional<MigrationPlan> drift(Settings settings, DiffService.Result result) {
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
        MigrationPlan drift = new SchemaDiffer().diff(replayed.get(), compared.current());
        return drift.isEmpty() ? Optional.empty() : Optional.of(drift);
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

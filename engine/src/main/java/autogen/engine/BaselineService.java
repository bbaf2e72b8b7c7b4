package autogen.engine;

import autogen.diff.MigrationPlan;
import autogen.diff.SchemaDiffer;
import autogen.diff.SchemaFilter;
import autogen.diff.SchemaFingerprint;
import autogen.introspect.IntrospectionScope;
import autogen.introspect.PostgresIntrospector;
import autogen.codegen.MigrationMeta;
import autogen.codegen.files.MigrationWriter;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.runner.MigrationRunner;
import autogen.runner.RevisionGraph;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Adopts a database whose schema is already there: writes a first migration that builds that schema, as read
 * from the database, and records the database as being at it, so that new environments get the same schema from
 * the migrations and the next revision upgrades this one.
 */
public final class BaselineService {
    private final Clock clock;

    public BaselineService(Clock clock) {
        this.clock = clock;
    }

    /** What the baseline wrote and the database it recorded at it. */
    public record Baseline(Path file, MigrationPlan plan, String database) {
    }

    public Baseline write(Settings settings, String message, Consumer<String> progress) {
        if (message == null || message.isBlank()) {
            throw new AutogenException(Failure.USAGE, "a baseline needs a message: autogen baseline -m \"Baseline\"");
        }
        RevisionGraph existing = Migrations.load(settings, Migrations.Folder.MAY_BE_MISSING);
        if (!existing.isEmpty()) {
            throw new AutogenException(Failure.BAD_INPUT, "a baseline is the first migration, and "
                    + settings.migrations() + " holds " + existing.ordered().size() + " already: stamp the database"
                    + " with autogen stamp REV instead");
        }
        try (DatabaseSession db = DatabaseSession.connect(settings.database().orElseThrow(
                () -> new AutogenException(Failure.BAD_INPUT, "baseline needs a database: pass --db URL or set"
                        + " DATABASE_URL")), settings.timeouts())) {
            return db.call(() -> {
                MigrationRunner runner = new MigrationRunner(db.connection(), progress, settings.runnerOptions());
                if (!runner.history().heads().isEmpty()) {
                    throw new AutogenException(Failure.BAD_INPUT, db.description() + " already has a history (at "
                            + String.join(", ", runner.history().heads()) + "): it needs no baseline");
                }
                Schema schema = read(db, settings);
                MigrationPlan plan = new SchemaDiffer().diff(Schema.empty(), schema);
                Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                String revision = RevisionService.nextRevision(now, List.of());
                MigrationMeta meta = new MigrationMeta(revision, List.of(), message.trim(), now, Optional.of(
                        new MigrationMeta.Fingerprints(SchemaFingerprint.of(Schema.empty()),
                                SchemaFingerprint.of(schema))), true, List.of());
                Path file = write(settings, meta, plan);
                runner.stamp(Migrations.load(settings, Migrations.Folder.REQUIRED), revision);
                return new Baseline(file, plan, db.description());
            });
        }
    }

    /** Every schema of the database its users made, as the configuration filters it, without autogen's history. */
    private static Schema read(DatabaseSession db, Settings settings) throws Exception {
        PostgresIntrospector introspector = new PostgresIntrospector();
        List<String> schemas = introspector.userSchemas(db.connection(), List.of());
        IntrospectionScope scope = new IntrospectionScope(schemas, Set.of(settings.historyTable()))
                .withTriggerFunctions(Set.of(settings.metadata().function()));
        Schema catalog = introspector.read(db.connection(), scope);
        SchemaFilter.Filtered filtered = settings.filter().apply(catalog, catalog);
        Schema schema = filtered.current();
        // The history table's own schema goes with the history, not with the baseline.
        List<String> namespaces = schema.namespaces().stream()
                .filter(n -> !n.equals(settings.historyTable().schema()) || n.equals(QualifiedName.DEFAULT_SCHEMA)
                        || schema.tables().stream().anyMatch(t -> t.name().schema().equals(n)))
                .toList();
        return new Schema(namespaces, schema.enums(), schema.tables(), schema.sequences(), schema.functions());
    }

    private static Path write(Settings settings, MigrationMeta meta, MigrationPlan plan) {
        try {
            return new MigrationWriter().write(settings.migrations(), settings.migrationFormat(), meta, plan);
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot write the migration: " + e.getMessage(), e);
        }
    }
}

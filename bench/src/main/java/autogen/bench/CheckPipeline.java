package autogen.bench;

import autogen.engine.DiffService;
import autogen.runner.HistorySql;
import autogen.diff.MigrationPlan;
import autogen.diff.SchemaDiffer;
import autogen.diff.SchemaFilter;
import autogen.introspect.IntrospectionScope;
import autogen.introspect.PostgresIntrospector;
import autogen.introspect.TargetNormalizer;
import autogen.metadata.MetadataInjector;
import autogen.metadata.MetadataSettings;
import autogen.model.HibernateModelReader;
import autogen.model.ModelSource;
import autogen.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The steps of {@code autogen check} against a database, as DiffService runs them, one call per step so each
 * can be timed; settings are autogen's defaults (metadata columns on, no filter).
 */
final class CheckPipeline {
    private final ModelSource source;
    private final MetadataSettings metadataSettings = MetadataSettings.from(new Properties());
    private final MetadataInjector metadata = new MetadataInjector(metadataSettings);
    private final TargetNormalizer normalizer = new TargetNormalizer();

    CheckPipeline(Path classes, String entityPackage) {
        this.source = new ModelSource(List.of(classes), List.of(entityPackage), Map.of());
    }

    ModelSource source() {
        return source;
    }

    Schema readModel() {
        return new HibernateModelReader().read(source);
    }

    /** Metadata injection and normalization of the entities' model. */
    Schema target(Connection c, Schema entities) throws SQLException {
        return normalizer.normalize(c, metadata.inject(entities));
    }

    Schema introspect(Connection c, Schema target) throws SQLException {
        return new PostgresIntrospector().read(c, scope(target));
    }

    /** The catalog through the same spelling as the target, as DiffService does. */
    Schema current(Connection c, Schema catalog, Schema target) throws SQLException {
        return normalizer.normalize(c, metadata.hideWhenDisabled(catalog, target));
    }

    static MigrationPlan diff(Schema current, Schema target) {
        SchemaFilter.Filtered filtered = SchemaFilter.none().apply(current, target);
        return new SchemaDiffer(false).diff(filtered.current(), filtered.target());
    }

    /** The whole comparison of the entities with the database behind {@code c}. */
    MigrationPlan check(Connection c) throws SQLException {
        Schema target = target(c, readModel());
        return diff(current(c, introspect(c, target), target), target);
    }

    /** What {@code check} introspects with no configured filter: the same function DiffService uses. */
    IntrospectionScope scope(Schema target) {
        return DiffService.scope(target, SchemaFilter.none(), metadataSettings, HistorySql.DEFAULT_TABLE);
    }
}

package autogen.introspect;

import autogen.schema.QualifiedName;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which schemas the introspector reads, which tables in them it leaves out besides the history tables of
 * migration tools, which it never reports, and which trigger functions are autogen's: only those functions, and
 * the triggers running them, are read.
 */
public record IntrospectionScope(List<String> schemas, Set<QualifiedName> excludedTables,
                                 Set<QualifiedName> triggerFunctions) {
    /**
     * Tables that belong to a migration tool, left out in every schema: autogen's own, Flyway's, Liquibase's
     * (history and lock), dbmate's (and golang-migrate's, Rails') and Alembic's, as those tools name them by default
     * on PostgreSQL.
     */
    public static final Set<String> MIGRATION_HISTORY_TABLES = Set.of("autogen_version", "flyway_schema_history",
            "databasechangelog", "databasechangeloglock", "schema_migrations", "alembic_version");

    public IntrospectionScope {
        schemas = List.copyOf(schemas);
        excludedTables = Set.copyOf(excludedTables);
        triggerFunctions = Set.copyOf(triggerFunctions);
    }

    /** A scope that reads no trigger functions and no triggers. */
    public IntrospectionScope(List<String> schemas, Set<QualifiedName> excludedTables) {
        this(schemas, excludedTables, Set.of());
    }

    /** Every table of {@code schemas} but the migration history tables; no triggers or trigger functions. */
    public static IntrospectionScope of(String... schemas) {
        return new IntrospectionScope(List.of(schemas), Set.of());
    }

    public IntrospectionScope excluding(QualifiedName table) {
        return new IntrospectionScope(schemas,
                Stream.concat(excludedTables.stream(), Stream.of(table)).collect(Collectors.toSet()),
                triggerFunctions);
    }

    /** This scope with {@code functions} as autogen's trigger functions, in whatever schemas they name. */
    public IntrospectionScope withTriggerFunctions(Set<QualifiedName> functions) {
        return new IntrospectionScope(schemas, excludedTables, functions);
    }

    /** Whether {@code table}, of one of the schemas, is reported. */
    public boolean includes(QualifiedName table) {
        return !excludedTables.contains(table) && !MIGRATION_HISTORY_TABLES.contains(table.name());
    }

    // equals and hashCode are written out, as QualifiedName's are and for the same reason: a check compares two
    // scopes once, on its main thread, and the generated methods would be linked for that one comparison.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof IntrospectionScope that && schemas.equals(that.schemas)
                && excludedTables.equals(that.excludedTables) && triggerFunctions.equals(that.triggerFunctions);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * schemas.hashCode() + excludedTables.hashCode()) + triggerFunctions.hashCode();
    }
}

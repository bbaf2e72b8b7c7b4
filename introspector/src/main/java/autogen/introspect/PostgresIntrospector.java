package autogen.introspect;

import autogen.schema.Column;
import autogen.schema.EnumType;
import autogen.schema.Index;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import autogen.schema.Trigger;
import autogen.schema.TriggerFunction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads the namespaces, enum types, tables, sequences, and autogen's triggers and trigger functions of a live
 * PostgreSQL database with one catalog query per object kind.
 */
public final class PostgresIntrospector {
    /** The model of the schemas in {@code scope}, without the tables it leaves out, as PostgreSQL spells it. */
    public Schema read(Connection c, IntrospectionScope scope) throws SQLException {
        TableRows tables = TableRows.read(c, scope);
        return tables.assemble(KeyRows.read(c, scope), scope);
    }

    /**
     * The same model, read on two connections to the same database at once: the tables, columns and indexes on
     * {@code c}, the keys, sequences and triggers on {@code other} in a thread of its own. The server spends most
     * of a catalog read deparsing, which one backend does alone; two backends split it between cores, the check
     * constraints' deparsing alone weighing about as much as the rest. The statement count stays the same.
     */
    public Schema read(Connection c, Connection other, IntrospectionScope scope) throws SQLException {
        FutureTask<KeyRows> keys = new FutureTask<>(() -> KeyRows.read(other, scope));
        Thread reader = new Thread(keys, "autogen-catalog-keys");
        reader.setDaemon(true);
        reader.start();
        TableRows tables = TableRows.read(c, scope);
        try {
            return tables.assemble(keys.get(), scope);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reader.interrupt();
            throw new SQLException("interrupted while reading the catalog", e);
        }
    }

    /** What the namespace, enum, table, column and index queries return. */
    private record TableRows(List<String> namespaces, List<EnumType> enums, List<TableRow> tables,
                             List<Owned<Column>> columns, List<Owned<Index>> indexes) {
        static TableRows read(Connection c, IntrospectionScope scope) throws SQLException {
            List<String> schemas = scope.schemas();
            return new TableRows(CatalogQuery.run(c, "namespaces.sql", schemas, CatalogRows::namespace),
                    CatalogQuery.run(c, "enums.sql", schemas, CatalogRows::enumType),
                    CatalogQuery.run(c, "tables.sql", schemas, CatalogRows::tableRow),
                    CatalogQuery.run(c, "columns.sql", schemas, CatalogRows::column),
                    CatalogQuery.run(c, "indexes.sql", schemas, CatalogRows::index));
        }

        Schema assemble(KeyRows keys, IntrospectionScope scope) {
            List<TableRow> included = tables.stream().filter(table -> scope.includes(table.name())).toList();
            return new Schema(namespaces, enums,
                    new TableAssembler(columns, keys.constraints, indexes, keys.triggers).assemble(included),
                    keys.sequences, keys.functions);
        }
    }

    /** What the constraint, sequence, trigger function and trigger queries return. */
    private record KeyRows(List<ConstraintRow> constraints, List<Sequence> sequences,
                           List<TriggerFunction> functions, List<Owned<Trigger>> triggers) {
        static KeyRows read(Connection c, IntrospectionScope scope) throws SQLException {
            List<String> schemas = scope.schemas();
            List<ConstraintRow> constraints = CatalogQuery.run(c, "constraints.sql", schemas,
                    CatalogRows::constraint);
            List<Sequence> sequences = CatalogQuery.run(c, "sequences.sql", schemas, CatalogRows::sequence);
            // With no trigger functions in scope both queries still run, on empty arrays: the statement count is
            // fixed.
            List<List<String>> owned = pairwise(scope.triggerFunctions().stream().sorted().toList());
            List<TriggerFunction> functions = CatalogQuery.runWithArrays(c, "functions.sql", owned,
                    CatalogRows::triggerFunction);
            List<Owned<Trigger>> triggers = CatalogQuery.runWithArrays(c, "triggers.sql",
                    List.of(owned.get(0), owned.get(1), schemas), CatalogRows::trigger);
            return new KeyRows(constraints, sequences, functions, triggers);
        }
    }

    /** The schemas and the names of {@code names}, as two arrays matched by position. */
    private static List<List<String>> pairwise(List<QualifiedName> names) {
        return List.of(names.stream().map(QualifiedName::schema).toList(),
                names.stream().map(QualifiedName::name).toList());
    }

    /**
     * The schemas of the database that hold what its users made (not PostgreSQL's own, not an extension's), but
     * {@code except}: what a baseline of the whole database reads.
     */
    public List<String> userSchemas(Connection c, List<String> except) throws SQLException {
        return CatalogQuery.run(c, "user-schemas.sql", except, CatalogRows::namespace);
    }
}

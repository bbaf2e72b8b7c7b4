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

/**
 * Reads the namespaces, enum types, tables, sequences, and autogen's triggers and trigger functions of a live
 * PostgreSQL database with one catalog query per object kind.
 */
public final class PostgresIntrospector {
    /** The model of the schemas in {@code scope}, without the tables it leaves out, as PostgreSQL spells it. */
    public Schema read(Connection c, IntrospectionScope scope) throws SQLException {
        List<String> schemas = scope.schemas();
        List<String> namespaces = CatalogQuery.run(c, "namespaces.sql", schemas, CatalogRows::namespace);
        List<EnumType> enums = CatalogQuery.run(c, "enums.sql", schemas, CatalogRows::enumType);
        List<TableRow> tables = CatalogQuery.run(c, "tables.sql", schemas, CatalogRows::tableRow);
        List<Owned<Column>> columns = CatalogQuery.run(c, "columns.sql", schemas, CatalogRows::column);
        List<ConstraintRow> constraints = CatalogQuery.run(c, "constraints.sql", schemas, CatalogRows::constraint);
        List<Owned<Index>> indexes = CatalogQuery.run(c, "indexes.sql", schemas, CatalogRows::index);
        List<Sequence> sequences = CatalogQuery.run(c, "sequences.sql", schemas, CatalogRows::sequence);
        // With no trigger functions in scope both queries still run, on empty arrays: the statement count is fixed.
        List<List<String>> owned = pairwise(scope.triggerFunctions().stream().sorted().toList());
        List<TriggerFunction> functions = CatalogQuery.runWithArrays(c, "functions.sql", owned,
                CatalogRows::triggerFunction);
        List<Owned<Trigger>> triggers = CatalogQuery.runWithArrays(c, "triggers.sql",
                List.of(owned.get(0), owned.get(1), schemas), CatalogRows::trigger);
        List<TableRow> included = tables.stream().filter(table -> scope.includes(table.name())).toList();
        return new Schema(namespaces, enums,
                new TableAssembler(columns, constraints, indexes, triggers).assemble(included), sequences, functions);
    }

    /** The schemas and the names of {@code names}, as two arrays matched by position. */
    private static List<List<String>> pairwise(List<QualifiedName> names) {
        return List.of(names.stream().map(QualifiedName::schema).toList(),
                names.stream().map(QualifiedName::name).toList());
    }
}

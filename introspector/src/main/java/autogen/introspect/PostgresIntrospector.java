package autogen.introspect;

import autogen.schema.Column;
import autogen.schema.Index;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads the tables and sequences of a live PostgreSQL database with one catalog query per object kind. */
public final class PostgresIntrospector {
    /** The model of the schemas in {@code scope}, without its excluded tables, as PostgreSQL spells it. */
    public Schema read(Connection c, IntrospectionScope scope) throws SQLException {
        List<String> schemas = scope.schemas();
        List<QualifiedName> tables = CatalogQuery.run(c, "tables.sql", schemas, CatalogRows::table);
        List<Owned<Column>> columns = CatalogQuery.run(c, "columns.sql", schemas, CatalogRows::column);
        List<ConstraintRow> constraints = CatalogQuery.run(c, "constraints.sql", schemas, CatalogRows::constraint);
        List<Owned<Index>> indexes = CatalogQuery.run(c, "indexes.sql", schemas, CatalogRows::index);
        List<Sequence> sequences = CatalogQuery.run(c, "sequences.sql", schemas, CatalogRows::sequence);
        List<QualifiedName> included = tables.stream()
                .filter(table -> !scope.excludedTables().contains(table))
                .toList();
        return new Schema(new TableAssembler(columns, constraints, indexes).assemble(included), sequences);
    }
}

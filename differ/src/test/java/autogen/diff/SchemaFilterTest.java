package autogen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.Column;
import autogen.schema.Index;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaFilterTest {
    private static Table table(String schema, String name, List<Index> indexes) {
        return new Table(new QualifiedName(schema, name), List.of(Column.of("id", "bigint")), Optional.empty(),
                List.of(), List.of(), indexes);
    }

    /** The database has a legacy table, another schema and an extra index the entities know nothing of. */
    private static final Schema DATABASE = new Schema(List.of(
            table("public", "users", List.of(new Index("users_extra_idx", List.of("id"), false))),
            table("public", "legacy_orders", List.of()),
            table("reporting", "daily", List.of())), List.of());
    private static final Schema ENTITIES = new Schema(List.of(table("public", "users", List.of())), List.of());

    @Test
    void withoutFiltersEverythingUnknownIsADifference() {
        assertEquals(4, new SchemaDiffer().diff(DATABASE, ENTITIES).up().size());
    }

    @Test
    void excludedObjectsAreNeverTouched() {
        SchemaFilter filter = new SchemaFilter(List.of("public"), List.of("legacy_*"), Set.of(SchemaFilter.Kind.INDEX));
        SchemaFilter.Filtered filtered = filter.apply(DATABASE, ENTITIES);
        assertTrue(new SchemaDiffer().diff(filtered.current(), filtered.target()).isEmpty());
    }

    @Test
    void patternsMatchTableOrSchemaQualifiedName() {
        SchemaFilter filter = new SchemaFilter(List.of(), List.of("reporting.*", "legacy_orders"),
                Set.of(SchemaFilter.Kind.INDEX));
        SchemaFilter.Filtered filtered = filter.apply(DATABASE, ENTITIES);
        assertTrue(new SchemaDiffer().diff(filtered.current(), filtered.target()).isEmpty(),
                "the reporting schema holds an excluded table, so it is not dropped");
    }

    @Test
    void kindsParseAsUsersWriteThem() {
        assertEquals(Optional.of(SchemaFilter.Kind.FOREIGN_KEY), SchemaFilter.kind("foreign-key"));
        assertEquals(Optional.empty(), SchemaFilter.kind("view"));
    }
}

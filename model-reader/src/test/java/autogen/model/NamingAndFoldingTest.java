package autogen.model;

import static autogen.model.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.NamingConvention;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names as PostgreSQL stores them: quoted ones kept, unquoted ones folded, unnamed ones by convention. */
class NamingAndFoldingTest {
    private static Schema schema;

    @BeforeAll
    static void readNamingEntities() {
        schema = new HibernateModelReader().read(Fixtures.testPackage("autogen.model.naming"));
    }

    @Test
    void quotedNamesKeepTheirCaseAndUnquotedOnesFold() {
        Table audit = table(schema, "audit.AuditLog");
        assertEquals(List.of("id", "occurredat", "correlationid", "EventType", "actor_id", "reviewer_id", "subject_id"),
                audit.columns().stream().map(c -> c.name()).toList());
        assertEquals("pk_AuditLog", audit.primaryKey().orElseThrow().name());
    }

    @Test
    void explicitNamesWinAndFold() {
        Table audit = table(schema, "audit.AuditLog");
        ForeignKey subject = audit.foreignKeys().stream().filter(k -> k.columns().equals(List.of("subject_id")))
                .findFirst().orElseThrow();
        assertEquals("fk_audit_subject", subject.name());
        assertEquals(List.of(new UniqueConstraint("ux_documents_title", List.of("title"))),
                table(schema, "public.documents").uniqueConstraints());
    }

    @Test
    void suppressedForeignKeysAreLeftOut() {
        assertTrue(table(schema, "audit.AuditLog").foreignKeys().stream()
                .noneMatch(k -> k.columns().equals(List.of("actor_id"))));
    }

    @Test
    void conventionalNamesBuildOnStoredNames() {
        Table audit = table(schema, "audit.AuditLog");
        assertEquals(List.of(new UniqueConstraint("uq_AuditLog_correlationid", List.of("correlationid"))),
                audit.uniqueConstraints());
        assertEquals(List.of(new Index("ix_AuditLog_occurredat", List.of("occurredat"), false)), audit.indexes());
    }

    @Test
    void longConventionalNamesAreShortenedTo63Bytes() {
        QualifiedName actors = QualifiedName.of("actors_with_a_deliberately_long_table_name");
        ForeignKey owner = table(schema, "public.documents").foreignKeys().get(0);
        assertEquals(NamingConvention.foreignKey("documents", List.of("owner_id"), actors.name()), owner.name());
        assertEquals(actors, owner.referencedTable());
        for (ForeignKey key : table(schema, "audit.AuditLog").foreignKeys()) {
            assertTrue(key.name().getBytes(StandardCharsets.UTF_8).length <= NamingConvention.MAX_IDENTIFIER_BYTES);
        }
    }

    @Test
    void sequencesKeepTheirSchemaAndStart() {
        assertEquals(List.of(new Sequence(new QualifiedName("audit", "audit_seq"), 100, 1)), schema.sequences());
    }

    @Test
    void defaultSchemaSettingPlacesUnqualifiedTables() {
        ModelSource source = new ModelSource(List.of(Fixtures.testClassPath()), List.of("autogen.model.naming"),
                Map.of("hibernate.default_schema", "app"));
        Schema inApp = new HibernateModelReader().read(source);
        assertEquals(List.of("app.actors_with_a_deliberately_long_table_name", "app.documents", "audit.AuditLog"),
                inApp.tables().stream().map(t -> t.name().toString()).toList());
        assertEquals(new QualifiedName("app", "actors_with_a_deliberately_long_table_name"),
                table(inApp, "app.documents").foreignKeys().get(0).referencedTable());
    }
}

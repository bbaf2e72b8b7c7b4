package autogen.cli.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.cli.Catalogs;
import autogen.cli.UsersPath;
import autogen.codegen.OperationDescriber;
import autogen.diff.MigrationPlan;
import autogen.diff.SchemaDiffer;
import autogen.diff.op.Operation;
import autogen.introspect.IntrospectionScope;
import autogen.introspect.PostgresIntrospector;
import autogen.introspect.TargetNormalizer;
import autogen.introspect.embedded.EmbeddedServer;
import autogen.model.HibernateModelReader;
import autogen.model.ModelSource;
import autogen.schema.Column;
import autogen.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;

/**
 * Every mapping feature and type, one entity each (model-reader's matrix): built from nothing, the schema
 * then diffs to nothing; each feature changed alone diffs to exactly that change, whose upgrade converges
 * and whose downgrade restores the catalog. Every plan runs as users run it: a migration file, compiled, run by
 * the runner.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MappingMatrixTest {
    private static final IntrospectionScope SCOPE = IntrospectionScope.of("public", "inventory", "ids");
    private static Connection connection;
    private static UsersPath users;
    private static Schema built;

    private final SchemaDiffer differ = new SchemaDiffer();
    private final TargetNormalizer normalizer = new TargetNormalizer();

    /** One feature changed: the edits, and the start of each operation description the diff must give. */
    private record Change(String name, List<MatrixSources.Edit> edits, List<String> expected) {
        Change(String name, String file, String from, String to, String... expected) {
            this(name, List.of(new MatrixSources.Edit(file, from, to)), List.of(expected));
        }
    }

    private static final List<Change> CHANGES = List.of(
            new Change("varchar length", "TypedValues.java", "@Column(length = 80)", "@Column(length = 120)",
                    "alter column public.typed_values.shorttext: type character varying(80) -> character varying(120)"),
            new Change("numeric precision", "TypedValues.java", "@Column(precision = 12, scale = 3)",
                    "@Column(precision = 14, scale = 3)",
                    "alter column public.typed_values.exact: type numeric(12,3) -> numeric(14,3)"),
            new Change("nullability", "TypedValues.java", "private Boolean optionalFlag;",
                    "@Column(nullable = false) private Boolean optionalFlag;",
                    "alter column public.typed_values.optionalflag: not null"),
            new Change("index", "TypedValues.java", "@Table(name = \"typed_values\")",
                    "@Table(name = \"typed_values\", indexes = @jakarta.persistence.Index(columnList = \"regular\"))",
                    "create index ix_typed_values_regular on public.typed_values [regular]"),
            new Change("default", "GeneratedValues.java", "@ColumnDefault(\"0\")", "@ColumnDefault(\"1\")",
                    "alter column public.generated_values.counter: default 0 -> 1"),
            new Change("generated column", "GeneratedValues.java", "@GeneratedColumn(\"price * quantity\")",
                    "@GeneratedColumn(\"price * quantity * 2\")",
                    "alter column public.generated_values.total: generated"),
            new Change("identity", "GeneratedValues.java", "@GeneratedValue(strategy = GenerationType.IDENTITY)", "",
                    "alter column public.generated_values.id: identity BY_DEFAULT -> NONE"),
            new Change("enum constant added", "Mood.java", "HAPPY, SAD, ANGRY", "HAPPY, SAD, ANGRY, CALM",
                    "enum type public.mood: values + CALM",
                    "drop check ck_enum_columns_checked_mood on public.enum_columns",
                    "add check ck_enum_columns_checked_mood on public.enum_columns",
                    "public.enum_columns.mood: values + CALM"),
            new Change("enum constant removed", "Mood.java", "HAPPY, SAD, ANGRY", "HAPPY, SAD",
                    "recreate enum type public.mood: values - ANGRY",
                    "drop check ck_enum_columns_checked_mood on public.enum_columns",
                    "add check ck_enum_columns_checked_mood on public.enum_columns",
                    "public.enum_columns.mood: values - ANGRY"),
            new Change("ordinal enum constant added", "Level.java", "LOW, MEDIUM, HIGH", "LOW, MEDIUM, HIGH, URGENT",
                    "enum type public.level: values + URGENT",
                    "public.enum_columns.implicitlevel: ordinals + 3",
                    "public.enum_columns.level: ordinals + 3"),
            new Change("table comment", "CommentedThing.java", "@Comment(\"Things worth a comment\")",
                    "@Comment(\"Things worth commenting\")",
                    "comment on table public.commented_things: Things worth a comment -> Things worth commenting"),
            new Change("column comment", "CommentedThing.java", "@Comment(\"The name, as shown\")",
                    "@Comment(\"Display name\")",
                    "comment on column public.commented_things.name: The name, as shown -> Display name"),
            new Change("named check", "CheckedItem.java", "constraints = \"min_qty >= 0\"",
                    "constraints = \"min_qty >= 1\"",
                    "drop check ck_checked_items_positive on public.checked_items",
                    "add check ck_checked_items_positive on public.checked_items: (min_qty >= 1)"),
            new Change("on delete", "Attachment.java", "@OnDelete(action = OnDeleteAction.SET_NULL)",
                    "@OnDelete(action = OnDeleteAction.CASCADE)",
                    "drop foreign key fk_attachments_uploader_id_accounts on public.attachments",
                    "add foreign key fk_attachments_uploader_id_accounts public.attachments [uploader_id]"),
            new Change("unique dropped", "Attachment.java", "@Column(unique = true)", "",
                    "drop unique constraint uq_attachments_storagekey on public.attachments"),
            new Change("sequence allocation size", "SchemaItem.java", "allocationSize = 10", "allocationSize = 25",
                    "alter sequence ids.stock_seq: increment 10 -> 25, start 5 -> 5"),
            new Change("element collection column", "Library.java", "@Column(name = \"hours\", length = 20)",
                    "@Column(name = \"hours\", length = 30)",
                    "alter column public.library_opening_hours.hours: type character varying(20) -> character varying(30)"),
            new Change("single-table subclass field", "Car.java", "private int seats;",
                    "private int seats;\n    private String color;",
                    "add column public.vehicles.color character varying(255) null"),
            new Change("embedded override", "Shipment.java", "@Column(name = \"origin_street\", length = 120)",
                    "@Column(name = \"origin_street\", length = 150)",
                    "alter column public.shipments.origin_street: type character varying(120) -> character varying(150)"));

    @BeforeAll
    static void connect() throws SQLException {
        connection = DriverManager.getConnection(
                EmbeddedServer.shared().createDatabase("matrix_" + ProcessHandle.current().pid()));
        users = new UsersPath(connection);
    }

    @AfterAll
    static void disconnect() throws SQLException {
        users.close();
        connection.close();
    }

    @Test
    @Order(1)
    void theWholeMatrixIsBuiltAndThenDiffsToNothing() throws SQLException {
        Schema target = target(List.of());
        users.upgrade(differ.diff(current(), target));
        MigrationPlan again = differ.diff(current(), target);
        assertTrue(again.isEmpty(), "no operation after building the matrix: " + describe(again.up()));
        built = current();
        assertTrue(built.tables().size() >= 30, "every table of the matrix: " + built.tables().size());
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> eachFeatureChangedAloneIsExactlyOneChange() {
        return CHANGES.stream().map(change -> DynamicTest.dynamicTest(change.name(), () -> roundTrip(change)));
    }

    private void roundTrip(Change change) throws SQLException {
        assertTrue(built != null, "the whole matrix was built first");
        Schema target = target(change.edits());
        MigrationPlan plan = differ.diff(current(), target);
        List<String> described = describe(plan.up());
        assertEquals(change.expected().size(), described.size(), "operations: " + described);
        List<String> unmatched = new ArrayList<>(described);
        for (String expected : change.expected()) {
            assertTrue(unmatched.removeIf(d -> d.startsWith(expected)), expected + " in " + described);
        }
        users.upgrade(plan);
        assertTrue(differ.diff(current(), target).isEmpty(), "upgrade converges");
        users.downgradeLast();
        assertEquals(Catalogs.columnsByName(built), Catalogs.columnsByName(current()), "downgrade restores the catalog");
    }

    private Schema target(List<MatrixSources.Edit> edits) throws SQLException {
        Schema entities = new HibernateModelReader().read(new ModelSource(List.of(MatrixSources.compile(edits)),
                List.of(MatrixSources.PACKAGE), Map.of()));
        return normalizer.normalize(connection, entities);
    }

    private Schema current() throws SQLException {
        return normalizer.normalize(connection, new PostgresIntrospector().read(connection, SCOPE));
    }


    private static List<String> describe(List<Operation> ops) {
        return ops.stream().map(OperationDescriber::describe).toList();
    }

}

package autogen.model;

import static autogen.model.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.EnumType;
import autogen.schema.ForeignKey;
import autogen.schema.Identity;
import autogen.schema.NamingConvention;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tricky parts of the mapping matrix, asserted directly; HibernateDdlConsistencyTest covers the rest. */
class MappingMatrixTest {
    private static Schema schema;

    @BeforeAll
    static void readMatrix() {
        schema = new HibernateModelReader().read(Fixtures.matrix(Map.of()));
    }

    @Test
    void enumColumnsGetTheChecksHibernateDerivesFromTheirConstants() {
        assertEquals(List.of(
                        new CheckConstraint("ck_enum_columns_checked_mood",
                                "(checked_mood <> 'ANGRY') and (checked_mood in ('HAPPY','SAD','ANGRY'))"),
                        new CheckConstraint("ck_enum_columns_implicitlevel", "implicitLevel between 0 and 2"),
                        new CheckConstraint("ck_enum_columns_level", "level between 0 and 2"),
                        new CheckConstraint("ck_enum_columns_mood", "mood in ('HAPPY','SAD','ANGRY')")),
                table(schema, "public.enum_columns").checks());
        assertEquals(new Column("mood", "varchar(20)", false, Optional.of("'HAPPY'"), Identity.NONE),
                column("public.enum_columns", "mood"));
        assertEquals("smallint", column("public.enum_columns", "level").type());
    }

    @Test
    void checksKeepTheirNamesOrFollowTheConvention() {
        assertEquals(List.of(
                        new CheckConstraint(NamingConvention.tableCheck("checked_items", "min_qty <= max_qty"),
                                "min_qty <= max_qty"),
                        new CheckConstraint("ck_checked_items_code", "code <> ''"),
                        new CheckConstraint("ck_checked_items_jpa", "max_qty < 10000"),
                        new CheckConstraint("ck_checked_items_positive", "min_qty >= 0"),
                        new CheckConstraint("ck_checked_items_price", "price > 0"),
                        // Hibernate joins a column's unnamed checks into one constraint.
                        new CheckConstraint("ck_checked_items_qty", "(qty >= 0) and (qty < 1000)"),
                        new CheckConstraint("ck_checked_items_sku_format", "length(sku) = 8")),
                table(schema, "public.checked_items").checks());
    }

    @Test
    void nativeEnumsBecomeTypesWithTheLabelsHibernateWrites() {
        // A NAMED_ENUM's labels are sorted by Hibernate; a NAMED_ORDINAL_ENUM keeps declaration order.
        assertEquals(List.of(new EnumType(QualifiedName.of("level"), List.of("LOW", "MEDIUM", "HIGH")),
                        new EnumType(QualifiedName.of("mood"), List.of("ANGRY", "HAPPY", "SAD"))),
                schema.enums());
        assertEquals(List.of("Level", "Mood", "Mood"), List.of(column("public.native_enums", "level").type(),
                column("public.native_enums", "mood").type(), column("public.native_enums", "othermood").type()));
        assertTrue(table(schema, "public.native_enums").checks().isEmpty());
    }

    @Test
    void generatedColumnsKeepTheirTypeAndExpression() {
        Column total = column("public.generated_values", "total");
        assertEquals(new Column("total", "numeric(38,2)", true, Optional.empty(), Identity.NONE,
                Optional.of("price * quantity"), Optional.empty()), total);
        Column createdAt = column("public.generated_values", "createdat");
        assertEquals(Optional.of("now()"), createdAt.defaultExpression());
        assertEquals(Optional.empty(), createdAt.generatedExpression());
        assertEquals(Optional.of("gen_random_uuid()"), column("public.generated_values", "token").defaultExpression());
        assertEquals(Optional.of("'none'::text"), column("public.generated_values", "note").defaultExpression());
        assertEquals(Identity.BY_DEFAULT, column("public.generated_values", "id").identity());
    }

    @Test
    void commentsOnTablesAndColumns() {
        Table things = table(schema, "public.commented_things");
        assertEquals(Optional.of("Things worth a comment"), things.comment());
        assertEquals(Optional.of("The key"), column("public.commented_things", "id").comment());
        assertEquals(Optional.of("The name, as shown"), column("public.commented_things", "name").comment());
        assertEquals(Optional.empty(), column("public.commented_things", "plain").comment());
        assertEquals(Optional.empty(), column("public.commented_things", "silent").comment());
        assertEquals(Optional.of("Commented the JPA way"), table(schema, "public.jpa_commented_things").comment());
        assertEquals(Optional.of("A label"), column("public.jpa_commented_things", "label").comment());
    }

    @Test
    void columnDefinitionsStayWholeAndKeepASeparateDefault() {
        assertEquals(Column.of("inlinedefault", "varchar(10) default 'x' not null"),
                column("public.custom_definitions", "inlinedefault"));
        assertEquals(new Column("separatedefault", "text", true, Optional.of("'y'"), Identity.NONE),
                column("public.custom_definitions", "separatedefault"));
        assertEquals("char(3)", column("public.custom_definitions", "currency").type());
        assertEquals("char(1)", column("public.custom_definitions", "grade").type());
        assertEquals("char(1)", column("public.custom_definitions", "initial").type());
        assertEquals("char(2)", column("public.custom_definitions", "pair").type());
    }

    @Test
    void namespacesOfTablesAndSequences() {
        assertEquals(List.of("ids", "inventory", "public"), schema.namespaces());
        assertEquals(List.of(new Sequence(new QualifiedName("ids", "stock_seq"), 5, 10)), schema.sequences());
        assertEquals(QualifiedName.of("commented_things"),
                table(schema, "inventory.stock_items").foreignKeys().get(0).referencedTable());
    }

    @Test
    void defaultSchemaMovesTablesButNotEnumTypes() {
        Schema inApp = new HibernateModelReader().read(Fixtures.matrix(Map.of("hibernate.default_schema", "app")));
        assertEquals(List.of("app", "ids", "inventory", "public"), inApp.namespaces());
        assertTrue(inApp.table(new QualifiedName("app", "native_enums")).isPresent());
        // Hibernate writes "create type Mood" unqualified, so it lands on the search path, not in app.
        assertEquals(schema.enums(), inApp.enums());
    }

    @Test
    void singleTableHierarchyChecksItsDiscriminatorAndSubclassColumns() {
        Table vehicles = table(schema, "public.vehicles");
        assertEquals(List.of(
                        new CheckConstraint(NamingConvention.tableCheck("vehicles", "kind <> 'CAR' or (seats is not null)"),
                                "kind <> 'CAR' or (seats is not null)"),
                        new CheckConstraint(NamingConvention.tableCheck("vehicles",
                                "kind <> 'TRUCK' or (payload is not null)"), "kind <> 'TRUCK' or (payload is not null)"),
                        new CheckConstraint("ck_vehicles_kind", "kind in ('CAR','TRUCK')")),
                vehicles.checks());
        assertEquals(new Column("kind", "varchar(10)", false, Optional.empty(), Identity.NONE),
                column("public.vehicles", "kind"));
        assertTrue(column("public.vehicles", "seats").nullable());
    }

    @Test
    void joinedSubclassKeysReferenceTheRootAndAbstractTablePerClassRootsHaveNoTable() {
        assertEquals(List.of(new ForeignKey("fk_card_payments_id_payments", List.of("id"),
                        QualifiedName.of("payments"), List.of("id"), ReferentialAction.NO_ACTION,
                        ReferentialAction.NO_ACTION)),
                table(schema, "public.card_payments").foreignKeys());
        assertEquals(Optional.of(new PrimaryKey("pk_bank_payments", List.of("payment_id"))),
                table(schema, "public.bank_payments").primaryKey());
        assertFalse(schema.table(QualifiedName.of("animals")).isPresent());
        assertEquals(List.of("id", "name", "indoor"),
                table(schema, "public.cats").columns().stream().map(Column::name).toList());
    }

    @Test
    void collectionTablesAreNamedByTheirOwnTable() {
        assertEquals(List.of(new UniqueConstraint("uq_library_keywords_library_id_keywords",
                        List.of("library_id", "keywords"))),
                table(schema, "public.library_keywords").uniqueConstraints());
        assertEquals(Optional.empty(), table(schema, "public.library_phones").primaryKey());
        assertEquals(Optional.of(new PrimaryKey("pk_library_shelves", List.of("library_id", "position"))),
                table(schema, "public.library_shelves").primaryKey());
        assertEquals(List.of(new CheckConstraint("ck_library_shelves_position", "position>=0")),
                table(schema, "public.library_shelves").checks());
    }

    @Test
    void compositeAndDerivedKeys() {
        assertEquals(List.of("lineno", "orderid"), table(schema, "public.order_lines").primaryKey().orElseThrow().columns());
        assertEquals(List.of("student_id", "term"), table(schema, "public.grades").primaryKey().orElseThrow().columns());
        assertEquals(List.of("account_id"), table(schema, "public.account_profiles").primaryKey().orElseThrow().columns());
        assertEquals(List.of(new UniqueConstraint("uq_passports_holder_id", List.of("holder_id"))),
                table(schema, "public.passports").uniqueConstraints());
    }

    @Test
    void foreignKeyActionsAndSuppression() {
        Table attachments = table(schema, "public.attachments");
        assertEquals(List.of(ReferentialAction.CASCADE, ReferentialAction.SET_NULL),
                attachments.foreignKeys().stream().map(ForeignKey::onDelete).toList());
        assertTrue(attachments.foreignKeys().stream().noneMatch(k -> k.columns().equals(List.of("course_id"))));
        assertEquals(List.of("uq_attachments_named", "uq_attachments_owner_id_file_name", "uq_attachments_storagekey"),
                attachments.uniqueConstraints().stream().map(UniqueConstraint::name).toList());
    }

    @Test
    void typesAsHibernateSevenWritesThem() {
        Map<String, String> expected = Map.of("span", "numeric(21,0)", "intervalspan", "interval second(6)",
                "document", "jsonb", "labels", "varchar(255) array", "names", "varchar(255) array",
                "numbers", "integer array", "lobtext", "oid", "lobbytes", "oid", "bytes", "bytea", "single", "float4");
        expected.forEach((name, type) -> assertEquals(type, column("public.typed_values", name).type(), name));
        assertEquals("integer", column("public.shipments", "version").type());
        assertEquals("timestamp(6) with time zone", column("public.stamped_things", "version").type());
        assertEquals(List.of("id", "destination_city", "destination_street", "origin_city", "origin_street",
                        "shippedat", "version"),
                table(schema, "public.shipments").columns().stream().map(Column::name).toList());
    }

    private static Column column(String table, String name) {
        return table(schema, table).column(name)
                .orElseThrow(() -> new AssertionError("no column " + name + " in " + table));
    }
}

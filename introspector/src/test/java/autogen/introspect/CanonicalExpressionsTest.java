package autogen.introspect;

import static autogen.introspect.TestDatabase.count;
import static autogen.introspect.TestDatabase.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.EnumType;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The normalizer on what needs more than a type: checks, generated columns, column definitions, enum types. */
class CanonicalExpressionsTest {
    private static final QualifiedName POSTS = QualifiedName.of("posts");
    private static final QualifiedName SHOP_MOOD = new QualifiedName("shop", "mood");
    private static final String LEFTOVERS = "select (select count(*) from pg_namespace where nspname = 'shop')"
            + " + (select count(*) from pg_type where typname in ('mood', 'autogen_probe_enum_0'))"
            + " + (select count(*) from pg_class where relname like 'autogen\\_probe\\_%')";

    private final TargetNormalizer normalizer = new TargetNormalizer();

    @Test
    void checksReadAsPgGetConstraintdefPrintsThemInsideCheck() throws SQLException {
        Table posts = table(POSTS, List.of(Column.of("status", "varchar(20)"), Column.of("state", "smallint"),
                        Column.of("price", "numeric(10,2)")),
                List.of(new CheckConstraint("ck_posts_status", "status in ('DRAFT','PUBLISHED')"),
                        new CheckConstraint("ck_posts_state", "state between 0 and 2"),
                        new CheckConstraint("ck_posts_price", "price > 0"),
                        new CheckConstraint("ck_posts_draft", "status <> 'DRAFT' or price is not null"),
                        new CheckConstraint("ck_posts_semicolon", "status <> ';'")));
        try (Connection c = TestDatabase.fresh("normalize_checks")) {
            assertEquals(List.of(
                            new CheckConstraint("ck_posts_draft",
                                    "(((status)::text <> 'DRAFT'::text) OR (price IS NOT NULL))"),
                            new CheckConstraint("ck_posts_price", "(price > (0)::numeric)"),
                            new CheckConstraint("ck_posts_semicolon", "((status)::text <> ';'::text)"),
                            new CheckConstraint("ck_posts_state", "((state >= 0) AND (state <= 2))"),
                            new CheckConstraint("ck_posts_status", "((status)::text = ANY (ARRAY[('DRAFT'::character varying)::text, "
                                    + "('PUBLISHED'::character varying)::text]))")),
                    normalize(c, posts).checks());
        }
    }

    @Test
    void sameExpressionOnColumnsOfOtherTypesReadsDifferently() throws SQLException {
        Table small = table(QualifiedName.of("small"), List.of(Column.of("n", "int2")),
                List.of(new CheckConstraint("ck_small_n", "n > 0")));
        Table decimal = table(QualifiedName.of("decimal"), List.of(Column.of("n", "numeric")),
                List.of(new CheckConstraint("ck_decimal_n", "n > 0")));
        try (Connection c = TestDatabase.fresh("normalize_shapes")) {
            Schema normalized = normalizer.normalize(c, new Schema(List.of(small, decimal), List.of()));
            assertEquals("(n > 0)", check(normalized, "small"));
            assertEquals("(n > (0)::numeric)", check(normalized, "decimal"));
        }
    }

    @Test
    void columnDefinitionGivesTypeDefaultAndNotNull() throws SQLException {
        Table posts = table(POSTS, List.of(Column.of("attributes", "jsonb default '{}'::jsonb not null"),
                Column.of("tags", "text[] not null").withDefault(Optional.of("'{}'")),
                Column.of("note", "varchar(10) default 'none'")), List.of());
        try (Connection c = TestDatabase.fresh("normalize_definition")) {
            assertEquals(List.of(
                            Column.of("attributes", "jsonb").withNullable(false)
                                    .withDefault(Optional.of("'{}'::jsonb")),
                            Column.of("tags", "text[]").withNullable(false).withDefault(Optional.of("'{}'::text[]")),
                            Column.of("note", "character varying(10)")
                                    .withDefault(Optional.of("'none'::character varying"))),
                    normalize(c, posts).columns());
        }
    }

    @Test
    void generatedColumnsReadAsPgGetExprPrintsThem() throws SQLException {
        Table posts = table(POSTS, List.of(Column.of("price", "numeric(10,2)"),
                Column.of("doubled", "numeric(12,2)").withGenerated(Optional.of("price * 2")),
                Column.of("fixed", "integer generated always as (6 * 7) stored")), List.of());
        try (Connection c = TestDatabase.fresh("normalize_generated")) {
            assertEquals(List.of(Column.of("price", "numeric(10,2)"),
                            Column.of("doubled", "numeric(12,2)")
                                    .withGenerated(Optional.of("(price * (2)::numeric)")),
                            Column.of("fixed", "integer").withGenerated(Optional.of("(6 * 7)"))),
                    normalize(c, posts).columns());
        }
    }

    @Test
    void enumTypesAndSchemasTheDatabaseLacksAreDeclaredThenRolledBack() throws SQLException {
        Table reviews = table(new QualifiedName("shop", "reviews"),
                List.of(Column.of("mood", "shop.mood").withDefault(Optional.of("'ok'")),
                        Column.of("public_mood", "mood")),
                List.of(new CheckConstraint("ck_reviews_mood", "mood <> 'sad' or public_mood = 'happy'")));
        Schema target = new Schema(List.of("public", "shop"),
                List.of(new EnumType(SHOP_MOOD, List.of("sad", "ok")),
                        new EnumType(QualifiedName.of("mood"), List.of("happy", "it's \\ fine"))),
                List.of(reviews), List.of());
        try (Connection c = TestDatabase.fresh("normalize_enums")) {
            StatementCounter counter = new StatementCounter(c);
            Schema normalized = normalizer.normalize(counter.connection(), target);
            assertEquals(12, counter.count(), "one scratch transaction: its set-up, schemas and enums read, "
                    + "declarations; then two rounds until the spelling is stable, 2 statements each, for columns "
                    + "and for checks");
            assertEquals(List.of(Column.of("mood", "shop.mood").withDefault(Optional.of("'ok'::shop.mood")),
                    Column.of("public_mood", "mood")), normalized.tables().get(0).columns());
            assertEquals("((mood <> 'sad'::shop.mood) OR (public_mood = 'happy'::mood))",
                    normalized.tables().get(0).checks().get(0).expression());
            assertEquals(target.namespaces(), normalized.namespaces());
            assertEquals(target.enums(), normalized.enums());
            assertEquals(0, count(c, LEFTOVERS));
            assertTrue(c.getAutoCommit());
        }
    }

    @Test
    void anEnumTypeWithOtherValuesIsReplacedForTheProbeOnly() throws SQLException {
        Table reviews = table(QualifiedName.of("reviews"), List.of(Column.of("mood", "mood")),
                List.of(new CheckConstraint("ck_reviews_mood", "mood <> 'happy'")));
        Schema target = new Schema(List.of("public"),
                List.of(new EnumType(QualifiedName.of("mood"), List.of("sad", "ok", "happy"))),
                List.of(reviews), List.of());
        try (Connection c = TestDatabase.fresh("normalize_enum_values")) {
            execute(c, "create type mood as enum ('sad', 'ok'); create table old_reviews (mood mood)");
            assertEquals("(mood <> 'happy'::mood)",
                    normalizer.normalize(c, target).tables().get(0).checks().get(0).expression());
            assertEquals(2, count(c, "select count(*) from pg_enum where enumtypid = 'mood'::regtype"));
            assertEquals(0, count(c, "select count(*) from pg_type where typname like 'autogen\\_probe%'"));
        }
    }

    @Test
    void rejectedCheckNamesTableAndCheckInOneLine() throws SQLException {
        Table orders = table(QualifiedName.of("orders"), List.of(Column.of("qty", "integer")),
                List.of(new CheckConstraint("ck_orders_ok", "qty >= 0"),
                        new CheckConstraint("ck_orders_qty", "qty > 'many'")));
        assertEquals("PostgreSQL rejects public.orders check ck_orders_qty (\"qty > 'many'\"):"
                + " invalid input syntax for type integer: \"many\"", rejection("normalize_bad_check", orders));
    }

    @Test
    void rejectedGenerationExpressionNamesTheColumnInOneLine() throws SQLException {
        Table orders = table(QualifiedName.of("orders"), List.of(Column.of("price", "numeric"),
                Column.of("total", "numeric").withGenerated(Optional.of("price *\nnope"))), List.of());
        assertEquals("PostgreSQL rejects public.orders.total (generated \"price * nope\"):"
                + " column \"nope\" does not exist", rejection("normalize_bad_generated", orders));
    }

    @Test
    void rejectedEnumTypeNamesItInOneLine() throws SQLException {
        Schema target = new Schema(List.of("public"), List.of(new EnumType(QualifiedName.of("mood"), List.of("a"))),
                List.of(), List.of());
        try (Connection c = TestDatabase.fresh("normalize_bad_enum")) {
            execute(c, "create table mood (id integer)");
            TargetRejectedException e = assertThrows(TargetRejectedException.class,
                    () -> normalizer.normalize(c, target));
            assertEquals("PostgreSQL rejects enum type public.mood: type \"mood\" already exists", e.getMessage());
        }
    }

    private String rejection(String database, Table table) throws SQLException {
        try (Connection c = TestDatabase.fresh(database)) {
            TargetRejectedException e = assertThrows(TargetRejectedException.class,
                    () -> normalizer.normalize(c, new Schema(List.of(table), List.of())));
            assertTrue(c.getAutoCommit());
            assertEquals(0, count(c, LEFTOVERS));
            return e.getMessage();
        }
    }

    private Table normalize(Connection c, Table table) throws SQLException {
        return normalizer.normalize(c, new Schema(List.of(table), List.of())).tables().get(0);
    }

    private static String check(Schema schema, String table) {
        return schema.table(QualifiedName.of(table)).orElseThrow().checks().get(0).expression();
    }

    private static Table table(QualifiedName name, List<Column> columns, List<CheckConstraint> checks) {
        return new Table(name, columns, Optional.empty(), List.of(), List.of(), List.of(), checks, Optional.empty());
    }
}

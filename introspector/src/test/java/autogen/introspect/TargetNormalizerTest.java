package autogen.introspect;

import static autogen.introspect.TestDatabase.count;
import static autogen.introspect.TestDatabase.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import autogen.schema.Table;
import autogen.schema.Trigger;
import autogen.schema.TriggerFunction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TargetNormalizerTest {
    private static final String LEFTOVER_PROBES =
            "select count(*) from pg_class where relname like 'autogen\\_probe\\_%'";

    private final TargetNormalizer normalizer = new TargetNormalizer();

    @Test
    void respellsTypesAndDefaultsTheWayPostgresPrintsThem() throws SQLException {
        Schema target = schema(table("documents",
                Column.of("id", "int8").withNullable(false).withIdentity(Identity.BY_DEFAULT),
                Column.of("title", "varchar(255)").withDefault(Optional.of("'draft'")),
                Column.of("score", "float(53)"),
                Column.of("edited", "timestamp(6)"),
                Column.of("created", "timestamp(6) with time zone").withDefault(Optional.of("now()")),
                Column.of("price", "numeric(38,2)")));
        Schema expected = schema(table("documents",
                Column.of("id", "bigint").withNullable(false).withIdentity(Identity.BY_DEFAULT),
                Column.of("title", "character varying(255)").withDefault(Optional.of("'draft'::character varying")),
                Column.of("score", "double precision"),
                Column.of("edited", "timestamp(6) without time zone"),
                Column.of("created", "timestamp(6) with time zone").withDefault(Optional.of("now()")),
                Column.of("price", "numeric(38,2)")));
        try (Connection c = TestDatabase.fresh("normalize_spelling")) {
            assertEquals(expected, normalizer.normalize(c, target));
            assertTrue(c.getAutoCommit());
            assertEquals(0, count(c, LEFTOVER_PROBES));
        }
    }

    @Test
    void keepsSequencesAndEverythingButSpelling() throws SQLException {
        Table users = new Table(QualifiedName.of("users"), List.of(Column.of("id", "integer").withNullable(false)),
                Optional.empty(), List.of(), List.of(), List.of());
        Schema target = new Schema(List.of(users), List.of(new Sequence(QualifiedName.of("user_ids"), 1, 50)));
        try (Connection c = TestDatabase.fresh("normalize_unchanged")) {
            assertEquals(target, normalizer.normalize(c, target));
        }
    }

    @Test
    void keepsTriggersAndTriggerFunctions() throws SQLException {
        QualifiedName setUpdatedAt = QualifiedName.of("set_updated_at");
        List<Trigger> triggers = List.of(new Trigger("touch", new QualifiedName("util", "touch")),
                new Trigger("update_timestamp", setUpdatedAt));
        // One table goes through the expression probe (it has a check), the other only has its types respelled.
        Table checked = withCheck(table("checked", Column.of("price", "numeric(10,2)"),
                Column.of("updated_at", "timestamp(6) with time zone")), "price > 0").withTriggers(triggers);
        Table typed = table("typed", Column.of("name", "varchar(20)")).withTriggers(triggers);
        List<TriggerFunction> functions = List.of(new TriggerFunction(setUpdatedAt,
                " begin new.updated_at := now(); return new; end "));
        Schema target = new Schema(List.of("public"), List.of(), List.of(checked, typed), List.of(), functions);
        try (Connection c = TestDatabase.fresh("normalize_triggers")) {
            Schema normalized = normalizer.normalize(c, target);
            assertEquals("(price > (0)::numeric)",
                    normalized.table(checked.name()).orElseThrow().checks().get(0).expression());
            assertEquals("character varying(20)", normalized.table(typed.name()).orElseThrow().columns().get(0).type());
            assertEquals(functions, normalized.functions());
            assertEquals(List.of(triggers, triggers), normalized.tables().stream().map(Table::triggers).toList());
        }
    }

    @Test
    void costsAFixedNumberOfStatementsWhateverTheNumberOfColumnsAndTables() throws SQLException {
        List<Table> sameShape = IntStream.range(0, 300).mapToObj(i -> table("t" + i,
                Column.of("id", "int8"), Column.of("name", "varchar(255)"),
                Column.of("state", "varchar(255)").withDefault(Optional.of("'new'")))).toList();
        Table wide = table("wide", IntStream.rangeClosed(1, 1200)
                .mapToObj(n -> Column.of("c" + n, "varchar(" + n + ")")).toArray(Column[]::new));
        List<Table> checked = IntStream.range(0, 300).mapToObj(i -> withCheck(table("checked" + i,
                Column.of("id", "int8"), Column.of("price", "numeric(10,2)"),
                Column.of("twice", "numeric(12,2)").withGenerated(Optional.of("price * 2"))), "price > " + i))
                .toList();
        try (Connection c = TestDatabase.fresh("normalize_cost")) {
            StatementCounter sameShapeCounter = new StatementCounter(c);
            normalizer.normalize(sameShapeCounter.connection(), new Schema(sameShape, List.of()));
            // Every count doubles: a second round confirms the spelling is stable (see TargetNormalizer). One more
            // sets up the scratch transaction (string rules, and the function the probes run through).
            assertEquals(5, sameShapeCounter.count(), "one create and one catalog read for 3 distinct specs");

            StatementCounter wideCounter = new StatementCounter(c);
            Schema normalized = normalizer.normalize(wideCounter.connection(), schema(wide));
            assertEquals(5, wideCounter.count(), "two probe tables in one statement for 1200 distinct specs");
            assertEquals("character varying(1200)", normalized.tables().get(0).columns().get(1199).type());

            StatementCounter checkedCounter = new StatementCounter(c);
            normalized = normalizer.normalize(checkedCounter.connection(), new Schema(checked, List.of()));
            // This normalizer spelled id int8 already (above), so only the new columns and expressions are probed:
            // its set-up (1); round one, one transaction for both (4); round two, only the expressions' new spelling
            // (2).
            assertEquals(7, checkedCounter.count(), "columns, then one probe table per shape, each in 2 statements");
            Table last = normalized.table(QualifiedName.of("checked299")).orElseThrow();
            assertEquals("(price > (299)::numeric)", last.checks().get(0).expression());
            assertEquals(Optional.of("(price * (2)::numeric)"), last.columns().get(2).generatedExpression());
            assertEquals(0, count(c, LEFTOVER_PROBES));
        }
    }

    @Test
    void oneNormalizerServesTwoConnectionsAtOnceAndNeitherProbesWhatTheOtherLearnt() throws Exception {
        List<Table> checked = IntStream.range(0, 200).mapToObj(i -> withCheck(table("shared" + i,
                Column.of("id", "int8"), Column.of("status", "varchar(20)")), "status in ('A', 'B', 'C" + i % 7 + "')"))
                .toList();
        Schema target = new Schema(checked, List.of());
        try (Connection a = TestDatabase.fresh("normalize_shared"); Connection b = TestDatabase.another(a)) {
            Schema alone = new TargetNormalizer().normalize(a, target);
            // Side by side, as check runs the target and the catalog: the shared memos must survive both writers.
            TargetNormalizer shared = new TargetNormalizer();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Schema> onA = pool.submit(() -> shared.normalize(a, target));
                Future<Schema> onB = pool.submit(() -> shared.normalize(b, target));
                assertEquals(alone, onA.get());
                assertEquals(alone, onB.get());
            } finally {
                pool.shutdownNow();
            }
            // Everything is known now, on any connection.
            StatementCounter counter = new StatementCounter(b);
            assertEquals(alone, shared.normalize(counter.connection(), target));
            assertEquals(0, counter.count());
            assertEquals(0, count(a, LEFTOVER_PROBES));
        }
    }

    @Test
    void restoresManualCommitAndLeavesTheCallersTransactionAlone() throws SQLException {
        try (Connection c = TestDatabase.fresh("normalize_manual")) {
            c.setAutoCommit(false);
            execute(c, "create table pending (id integer)");
            normalizer.normalize(c, schema(table("t", Column.of("id", "int4"))));
            assertFalse(c.getAutoCommit());
            assertEquals(1, count(c, "select count(*) from pg_class where relname = 'pending'"));
            assertEquals(0, count(c, LEFTOVER_PROBES));
            c.rollback();
        }
    }

    @Test
    void rejectedTypeNamesTheColumnInOneLine() throws SQLException {
        Schema target = schema(table("orders", Column.of("id", "bigint"), Column.of("status", "no_such_type")));
        try (Connection c = TestDatabase.fresh("normalize_bad_type")) {
            TargetRejectedException e = assertThrows(TargetRejectedException.class,
                    () -> normalizer.normalize(c, target));
            assertEquals("PostgreSQL rejects public.orders.status (type \"no_such_type\"):"
                    + " type \"no_such_type\" does not exist", e.getMessage());
            assertTrue(c.getAutoCommit());
            assertEquals(0, count(c, LEFTOVER_PROBES));
        }
    }

    @Test
    void rejectedDefaultNamesTheColumnInOneLine() throws SQLException {
        Schema target = schema(table("orders", Column.of("qty", "integer").withDefault(Optional.of("'many'"))));
        try (Connection c = TestDatabase.fresh("normalize_bad_default")) {
            TargetRejectedException e = assertThrows(TargetRejectedException.class,
                    () -> normalizer.normalize(c, target));
            assertEquals("PostgreSQL rejects public.orders.qty (type \"integer\" with default \"'many'\"):"
                    + " invalid input syntax for type integer: \"many\"", e.getMessage());
        }
    }

    private static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    private static Table withCheck(Table table, String expression) {
        return new Table(table.name(), table.columns(), table.primaryKey(), table.foreignKeys(),
                table.uniqueConstraints(), table.indexes(), List.of(new CheckConstraint("ck_" + table.name().name(),
                expression)), table.comment());
    }

    private static Table table(String name, Column... columns) {
        return new Table(QualifiedName.of(name), List.of(columns), Optional.empty(), List.of(), List.of(), List.of());
    }
}

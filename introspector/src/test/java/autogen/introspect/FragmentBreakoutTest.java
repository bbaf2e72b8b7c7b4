package autogen.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import autogen.introspect.embedded.EmbeddedServer;
import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spelling the entities never changes the database it runs on, whatever their fragments say. Each attempt to
 * break out of a type, default, check or generation expression is refused with one clear reason; afterwards the
 * catalog, the rows and the sequences are as they were, and the server's own statement log shows that the session
 * ran nothing; where fragments are harmless, it ran nothing but reads, its scratch transaction and the probe
 * function.
 */
class FragmentBreakoutTest {
    /** What a fragment may make the session run, by its first words as the server logs them. */
    private static final List<String> ALLOWED = List.of("select", "with ", "set ", "show ", "begin", "savepoint",
            "rollback", "release", "create function pg_temp.autogen_probe_run(");
    private static final AtomicInteger SESSIONS = new AtomicInteger();

    @TempDir
    static Path logs;
    private static EmbeddedServer server;
    private static String url;

    @BeforeAll
    static void startAServerThatLogsEveryStatement() throws Exception {
        server = EmbeddedServer.start(Map.of("logging_collector", "on", "log_directory", logs.toString(),
                "log_filename", "statements.log", "log_statement", "all", "log_disconnections", "on",
                "log_line_prefix", "%a:"));
        url = server.createDatabase("breakout");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("create table victim (id integer primary key, v text)");
            s.execute("insert into victim values (1, 'kept'), (2, 'also kept')");
            s.execute("create sequence victim_seq");
            s.execute("select nextval('victim_seq')");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> breakouts() {
        List<String> payloads = List.of(
                "0 /* ' */); commit; drop table victim; create temporary table x (y int default 0 /* ' */",
                "0 /* outer /* inner ' */ ' */); drop table victim; create temporary table x (y int default 0",
                "0 -- '\n); drop table victim; create temporary table x (y int default 0",
                "$$0$$); drop table victim; create temporary table x (y text default $$",
                "$q$ ' $q$::int); drop table victim; --",
                "E'\\'' ); drop table victim; create temporary table x (y text default '",
                "'\\' ); select nextval('victim_seq'); --",
                "\"a\"\"\" ); drop table victim; --",
                "0) inherits (victim",
                "0, \"c1\" text",
                "0 /* never closed",
                "1e'\\'' ' ; drop table victim; select '",
                "1$a$ ' $a$ ; drop table victim; --'",
                "0; select setval('victim_seq', 1000)");
        List<Arguments> cases = new ArrayList<>();
        for (String kind : List.of("default", "check", "type", "generated")) {
            payloads.forEach(payload -> cases.add(Arguments.of(kind, payload)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("breakouts")
    void aFragmentThatWouldBreakOutIsRefusedAndChangesNothing(String kind, String payload) throws Exception {
        String application = "autogen-breakout-" + SESSIONS.incrementAndGet();
        String before = snapshot();
        try (Connection c = connect(application)) {
            TargetRejectedException refused = assertThrows(TargetRejectedException.class,
                    () -> new TargetNormalizer().normalize(c, schema(kind, payload)));
            assertTrue(refused.getMessage().startsWith("public.probed"), refused.getMessage());
            assertTrue(refused.getMessage().contains(" is not one SQL expression: it "), refused.getMessage());
            assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
        }
        assertEquals(before, snapshot(), "the catalog, the rows and the sequence are as they were");
        assertEquals(List.of(), loggedStatements(application), "refused before anything ran");
    }

    /** Fragments that only look dangerous are spelled, and nothing changes either. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("harmless")
    void harmlessFragmentsAreSpelledAndChangeNothing(String kind, String fragment) throws Exception {
        String application = "autogen-harmless-" + SESSIONS.incrementAndGet();
        String before = snapshot();
        try (Connection c = connect(application)) {
            new TargetNormalizer().normalize(c, schema(kind, fragment));
        }
        assertEquals(before, snapshot());
        assertOnlyAllowedStatements(application);
    }

    static Stream<Arguments> harmless() {
        return Stream.of(
                Arguments.of("default", "nextval('victim_seq')"),
                Arguments.of("default", "0 /* a comment; with a ' quote */"),
                Arguments.of("default", "(length($$x;y$$) + length(E'it\\'s; fine'))"),
                Arguments.of("check", "length('drop table victim; --')"),
                Arguments.of("type", "0 not null"),
                Arguments.of("generated", "c * 2"));
    }

    /**
     * The second wall: a statement that reaches the scratch transaction in spite of the first cannot commit it,
     * and what it did is rolled back with it.
     */
    @Test
    void aProbeStatementCannotCommitTheScratchTransaction() throws Exception {
        String before = snapshot();
        try (Connection c = connect("autogen-wall-" + SESSIONS.incrementAndGet());
             Scratch.Session scratch = new Scratch.Session(c, () -> null)) {
            TargetRejectedException refused = assertThrows(TargetRejectedException.class, () -> scratch.round(() -> {
                Scratch.execute(c, List.of(Scratch.Probe.of(new Scratch.Step(
                        "create temporary table x (c int); drop table victim; commit; drop sequence victim_seq",
                        "the wall"))));
                return null;
            }));
            assertTrue(refused.getMessage().contains("transaction"), refused.getMessage());
        }
        assertEquals(before, snapshot());
    }

    private static Schema schema(String kind, String fragment) {
        Column c = Column.of("c", "integer");
        List<Column> columns = new ArrayList<>(List.of(c));
        List<CheckConstraint> checks = new ArrayList<>();
        switch (kind) {
            case "default" -> columns.set(0, c.withDefault(Optional.of(fragment)));
            case "check" -> checks.add(new CheckConstraint("ck_probed_c", "c > " + fragment));
            case "type" -> columns.set(0, Column.of("c", "integer default " + fragment));
            case "generated" -> columns.add(Column.of("g", "integer").withGenerated(Optional.of("c + " + fragment)));
            default -> fail(kind);
        }
        return new Schema(List.of(new Table(QualifiedName.of("probed"), columns, Optional.empty(), List.of(),
                List.of(), List.of(), checks, Optional.empty())), List.of());
    }

    private static Connection connect(String application) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", application);
        return DriverManager.getConnection(url, properties);
    }

    /** Everything a fragment could change: the catalog's objects, the rows, and the sequence. */
    private static String snapshot() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select string_agg(fact, E'\\n' order by fact) from (
                       select 'object ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text as fact
                         from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                       union all select 'column ' || a.attrelid::regclass || '.' || a.attname || ' '
                              || format_type(a.atttypid, a.atttypmod)
                         from pg_attribute a join pg_class c on c.oid = a.attrelid
                         join pg_namespace n on n.oid = c.relnamespace
                        where a.attnum > 0 and n.nspname = 'public'
                       union all select 'function ' || p.oid::regprocedure from pg_proc p
                         join pg_namespace n on n.oid = p.pronamespace where n.nspname not like 'pg\\_%'
                       union all select 'type ' || t.oid::regtype from pg_type t
                         join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public'
                       union all select 'schema ' || nspname from pg_namespace
                       union all select 'row ' || v::text from victim v
                       union all select 'sequence ' || last_value || ' ' || is_called from victim_seq
                       union all select 'setting ' || array_to_string(setconfig, ',') from pg_db_role_setting
                     ) facts""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Every statement the server logged for {@code application}'s session starts with one of {@link #ALLOWED}. */
    private static void assertOnlyAllowedStatements(String application) throws Exception {
        List<String> statements = loggedStatements(application);
        assertTrue(statements.stream().anyMatch(s -> s.startsWith("select")),
                "the log holds the session: " + statements);
        assertTrue(statements.stream().anyMatch(s -> s.startsWith("select pg_temp.autogen_probe_run(")),
                "the probes ran through the function: " + statements);
        for (String statement : statements) {
            String lower = statement.strip().toLowerCase(Locale.ROOT);
            assertTrue(ALLOWED.stream().anyMatch(lower::startsWith), "the session ran: " + statement);
        }
    }

    /** The statements the server logged for {@code application}'s session, whole, without leading comments. */
    private static List<String> loggedStatements(String application) throws Exception {
        // The collector writes asynchronously: wait for the line that ends the session.
        for (int attempt = 0; attempt < 100; attempt++) {
            List<String> entries = logEntries(application);
            if (entries.stream().anyMatch(e -> e.startsWith("LOG:  disconnection: "))) {
                return entries.stream().map(FragmentBreakoutTest::statement).flatMap(Optional::stream).toList();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server logged no end of session " + application);
    }

    /** The log's entries for one session: a line with its prefix, and the tab-indented lines that continue it. */
    private static List<String> logEntries(String application) throws Exception {
        List<String> entries = new ArrayList<>();
        boolean ours = false;
        for (String line : Files.readAllLines(logs.resolve("statements.log"))) {
            if (line.startsWith("\t")) {
                if (ours) {
                    entries.set(entries.size() - 1, entries.get(entries.size() - 1) + "\n" + line.substring(1));
                }
                continue;
            }
            ours = line.startsWith(application + ":");
            if (ours) {
                entries.add(line.substring(application.length() + 1));
            }
        }
        return entries;
    }

    /** The statement of a log entry, if it logs one: "LOG:  statement: ..." or "LOG:  execute name: ...". */
    private static Optional<String> statement(String entry) {
        String text;
        if (entry.startsWith("LOG:  statement: ")) {
            text = entry.substring("LOG:  statement: ".length());
        } else if (entry.startsWith("LOG:  execute ")) {
            text = entry.substring(entry.indexOf(": ", "LOG:  execute ".length()) + 2);
        } else {
            return Optional.empty();
        }
        return Optional.of(text.replaceAll("(?m)^\\s*--.*$", "").strip());
    }
}

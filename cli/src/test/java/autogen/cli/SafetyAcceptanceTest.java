package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What autogen does with a risky change, one row per case, on a real PostgreSQL through the CLI: the schema before
 * (written and applied by autogen), rows in it, the entities after; the hazards the revision flags and the figures
 * its preflight reads from those rows; whether the upgrade goes through; and the data after the upgrade and after
 * the downgrade. The migration each case writes is a golden file, so reviewers see what autogen writes.
 */
class SafetyAcceptanceTest {
    private static final String PKG = "autogen.safety";
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "safety").toAbsolutePath();

    @TempDir
    Path temp;

    /**
     * One case. {@code consent} are the flags without which the revision is refused (exit 6), empty when it is
     * written without them; {@code upgradeFails} is the message of a refused upgrade, or null when it applies.
     * {@code query} is read after the upgrade ({@code afterUp}) and, when {@code afterDown} is not null, after the
     * downgrade.
     */
    record Case(String name, Map<String, String> before, String rows, Map<String, String> after, List<String> hints,
                List<String> consent, Set<String> hazards, List<String> preflight, String upgradeFails, String query,
                String afterUp, String afterDown) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
            new Case("narrowing-too-long", item("@Column(columnDefinition = \"text\") String body;"),
                "insert into items (id, body) values (1, repeat('x', 300)), (2, 'short')",
                item("String body;"), List.of(), List.of("--allow-data-loss"), Set.of("NARROWS_TYPE", "REWRITES_TABLE"),
                List.of("values character varying(255) does not accept: 1 (exact count)"),
                "value too long for type character varying(255)",
                "select string_agg(length(body)::text, ',' order by id) from items", "300,5", null),
            new Case("text-to-varchar", item("@Column(columnDefinition = \"text\") String body;"),
                "insert into items (id, body) values (1, 'fits'), (2, null)",
                item("String body;"), List.of(), List.of("--allow-data-loss"), Set.of("NARROWS_TYPE", "REWRITES_TABLE"),
                List.of("values character varying(255) does not accept: 0 (exact count)"), null,
                "select string_agg(coalesce(body, '-') || ':' || pg_typeof(body), ',' order by id) from items",
                "fits:character varying,-:character varying", "fits:text,-:text"),
            new Case("widening", item("@Column(length = 100) String name;"),
                "insert into items (id, name) values (1, repeat('n', 100))",
                item("@Column(length = 200) String name;"), List.of(), List.of(), Set.of(), List.of(), null,
                "select length(name) || ':' || format_type(atttypid, atttypmod) from items, pg_attribute"
                    + " where attrelid = 'items'::regclass and attname = 'name'",
                "100:character varying(200)", "100:character varying(100)"),
            new Case("set-not-null-over-nulls", item("String email;"),
                "insert into items (id, email) values (1, null), (2, 'b@x'), (3, null)",
                item("@Column(nullable = false) String email;"), List.of(), List.of(),
                Set.of("MAY_FAIL_ON_EXISTING_ROWS"), List.of("rows holding NULL: 2 (exact count)"),
                "check constraint \"nn_items_email\" of relation \"items\" is violated by some row",
                "select count(*) || ':' || count(email) from items", "3:1", null),
            new Case("three-step-not-null-backfilled", item("String name;"),
                "insert into items (id, name) values (1, 'Ann'), (2, 'Bob')",
                item("String name;\n    @Column(nullable = false) String email;"),
                List.of("--backfill", "items.email=lower(name) || '@example.com'"), List.of(),
                Set.of(), List.of(), null,
                "select string_agg(email, ',' order by id) from items", "ann@example.com,bob@example.com", null),
            new Case("three-step-not-null-without-backfill", item("String name;"),
                "insert into items (id, name) values (1, 'Ann')",
                item("String name;\n    @Column(nullable = false) String email;"), List.of(), List.of(),
                Set.of("MAY_FAIL_ON_EXISTING_ROWS"), List.of(),
                "holds NULL in existing rows and is about to become NOT NULL",
                "select count(*)::text from information_schema.columns where table_name = 'items'"
                    + " and column_name = 'email'", "0", null),
            new Case("unique-over-duplicates", item("String code;"),
                "insert into items (id, code) values (1, 'a'), (2, 'a'), (3, 'b'), (4, 'b'), (5, 'c'), (6, null),"
                    + " (7, null)",
                item("@Column(unique = true) String code;"), List.of(), List.of(), Set.of("MAY_FAIL_ON_EXISTING_ROWS"),
                List.of("groups of rows sharing code: 2 (exact count)"), "could not create unique index",
                "select count(*)::text from items", "7", null),
            new Case("unique-over-new-column", item("String title;"),
                "insert into items (id, title) values (1, 'a'), (2, 'b'), (3, 'c')",
                item("String title;\n    @Column(unique = true) String isbn;"), List.of(), List.of(), Set.of(),
                List.of(), null, "select count(*)::text from items", "3", "3"),
            new Case("unique-over-new-column-with-default", item("String title;"),
                "insert into items (id, title) values (1, 'a'), (2, 'b'), (3, 'c')",
                item("String title;\n    @Column(unique = true) @ColumnDefault(\"'none'\") String isbn;"),
                List.of("--no-online"), List.of(), Set.of("MAY_FAIL_ON_EXISTING_ROWS", "LOCKS_TABLE"),
                List.of("rows sharing isbn (isbn is the same in every row, from the migration; the key fails on 2 or"
                    + " more): 3 (exact count)"),
                "could not create unique index", "select count(*)::text from items", "3", null),
            new Case("foreign-key-to-new-table", item("@Column(name = \"owner_id\") Long ownerId;"),
                "insert into items (id, owner_id) values (1, 7), (2, 8), (3, null)",
                withOwner(item("@ManyToOne @JoinColumn(name = \"owner_id\") Owner owner;")), List.of("--no-online"),
                List.of(), Set.of("MAY_FAIL_ON_EXISTING_ROWS", "LOCKS_TABLE"), List.of("rows pointing at no row of"
                    + " owners: 2 (exact count), every row holding a key (the migration creates owners)"),
                "violates foreign key constraint", "select count(*)::text from items", "3", null),
            new Case("foreign-key-over-orphans", withOwner(item("@Column(name = \"owner_id\") Long ownerId;")),
                "insert into owners (id) values (1); insert into items (id, owner_id) values (1, 1), (2, 99), (3, 98),"
                    + " (4, null)",
                withOwner(item("@ManyToOne @JoinColumn(name = \"owner_id\") Owner owner;")), List.of(), List.of(),
                Set.of("MAY_FAIL_ON_EXISTING_ROWS"),
                List.of("rows pointing at no row of owners: 2 (exact count)"), "violates foreign key constraint",
                "select string_agg(coalesce(owner_id::text, '-'), ',' order by id) from items", "1,99,98,-", null),
            new Case("removed-enum-value-in-use",
                withEnum(item("@Enumerated(EnumType.STRING) Status status;"), "Status", "DRAFT, PUBLISHED, ARCHIVED"),
                "insert into items (id, status) values (1, 'DRAFT'), (2, 'ARCHIVED')",
                withEnum(item("@Enumerated(EnumType.STRING) Status status;"), "Status", "DRAFT, PUBLISHED"),
                List.of(), List.of(), Set.of("MAY_FAIL_ON_EXISTING_ROWS", "LOCKS_TABLE"),
                List.of("rows using ARCHIVED: 1 (exact count)"), "is violated by some row",
                "select string_agg(status, ',' order by id) from items", "DRAFT,ARCHIVED", null),
            new Case("ordinal-reorder",
                withEnum(item("@Enumerated(EnumType.ORDINAL) Level level;"), "Level", "LOW, MEDIUM, HIGH"),
                "insert into items (id, level) values (1, 0), (2, 2), (3, 1)",
                withEnum(item("@Enumerated(EnumType.ORDINAL) Level level;"), "Level", "HIGH, LOW, URGENT, MEDIUM"),
                List.of(), List.of(), Set.of("CHANGES_ORDINAL_MEANING", "LOCKS_TABLE"), List.of(), null,
                "select string_agg(level::text, ',' order by id) from items", "1,0,3", "0,2,1"),
            new Case("ordinal-removed-in-use",
                withEnum(item("@Enumerated(EnumType.ORDINAL) Level level;"), "Level", "LOW, MEDIUM, HIGH"),
                "insert into items (id, level) values (1, 1), (2, 2)",
                withEnum(item("@Enumerated(EnumType.ORDINAL) Level level;"), "Level", "LOW, HIGH"),
                List.of(), List.of(), Set.of("CHANGES_ORDINAL_MEANING", "MAY_FAIL_ON_EXISTING_ROWS", "LOCKS_TABLE"),
                List.of(), "holds the numbers of MEDIUM, which the enum no longer has",
                "select string_agg(level::text, ',' order by id) from items", "1,2", null),
            new Case("column-rename", item("String name;"), "insert into items (id, name) values (1, 'Ann')",
                item("@Column(name = \"full_name\") String fullName;"), List.of("--rename", "items.name=full_name"),
                List.of(), Set.of(), List.of(), null,
                "select coalesce(to_jsonb(i) ->> 'full_name', '-') || ',' || coalesce(to_jsonb(i) ->> 'name', '-')"
                    + " from items as i", "Ann,-", "-,Ann"),
            new Case("table-rename", item("String name;"), "insert into items (id, name) values (1, 'Ann')",
                entity("Item", "articles", "String name;"), List.of("--rename", "items=articles"), List.of(), Set.of(),
                List.of(), null,
                "select t || ':' || (xpath('/row/name/text()', query_to_xml('select name from ' || t, false, true,"
                    + " '')))[1]::text from (select coalesce(to_regclass('articles'), to_regclass('items'))::text"
                    + " as t) as present", "articles:Ann", "items:Ann"),
            new Case("dropped-not-null-column", item("String name;\n    @Column(nullable = false) String email;"),
                "insert into items (id, name, email) values (1, 'Ann', 'a@x'), (2, 'Bob', 'b@x')",
                item("String name;"), List.of(), List.of("--allow-data-loss"), Set.of("DELETES_DATA"),
                List.of("values lost: 2 (exact count)"), null,
                "select count(*) || ':' || count(name) from items", "2:2", "2:2"),
            new Case("dropped-index-autogen-made",
                entity("Item", "items", "@jakarta.persistence.Table(name = \"items\", indexes = @Index(name ="
                    + " \"ix_items_name\", columnList = \"name\"))", "String name;"),
                "insert into items (id, name) values (1, 'Ann')", item("String name;"), List.of(), List.of(),
                Set.of("WEAKENS_SCHEMA"), List.of(), null,
                "select count(*)::text from pg_indexes where indexname = 'ix_items_name'", "0", "1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRiskIsFlaggedMeasuredAndTheDataKept(Case c) throws Exception {
        CliHarness cli = new CliHarness("safety");
        Path migrations = temp.resolve("migrations");
        Path before = EntitySources.compile(temp.resolve("before"), c.before());
        Path after = EntitySources.compile(temp.resolve("after"), c.after());
        run(cli, 0, args(cli, before, migrations, "-m", "Before"));
        run(cli, 0, args(cli, before, migrations, "upgrade", "head"));
        try (Connection db = cli.connect(); Statement s = db.createStatement()) {
            s.execute(c.rows());
        }
        autogen.schema.Schema catalogBefore = Catalogs.columnsByName(cli.introspect());

        List<String> revise = new ArrayList<>(List.of("-m", "After"));
        revise.addAll(c.hints());
        if (!c.consent().isEmpty()) {
            CliHarness.Run refused = cli.run(args(cli, after, migrations, revise.toArray(String[]::new)));
            assertEquals(6, refused.exitCode(), refused.out() + refused.err());
            assertTrue(refused.err().contains(String.join(" ", c.consent())), refused.err());
            assertEquals(1, CliHarness.files(migrations).size(), "nothing written when refused");
            revise.addAll(c.consent());
        }
        CliHarness.Run revision = run(cli, 0, args(cli, after, migrations, revise.toArray(String[]::new)));
        assertEquals(c.hazards(), hazards(revision.out()), revision.out());
        c.preflight().forEach(figure -> assertTrue(revision.out().contains("preflight: ") && revision.out()
                .contains(figure), "'" + figure + "' in:\n" + revision.out()));
        Path written = CliHarness.files(migrations).get(1);
        assertFalse(Files.readString(written).contains("ERROR"), "no server's error in the migration file");
        assertGolden(GOLDEN.resolve(c.name() + ".java"), Files.readString(written));

        if (c.upgradeFails() != null) {
            String data = read(cli, c.query());
            autogen.schema.Schema catalog = cli.introspect();
            CliHarness.Run upgrade = cli.run(args(cli, after, migrations, "upgrade", "head"));
            assertEquals(5, upgrade.exitCode(), upgrade.out() + upgrade.err());
            assertTrue(upgrade.err().contains(c.upgradeFails()), upgrade.err());
            assertEquals(c.afterUp(), data);
            assertEquals(data, read(cli, c.query()), "the data is as it was");
            assertEquals(catalog, cli.introspect(), "nothing of the failed migration stays");
            return;
        }
        CliHarness.Run upgrade = cli.run(args(cli, after, migrations, "upgrade", "head"));
        assertEquals(0, upgrade.exitCode(), upgrade.out() + upgrade.err());
        assertEquals(c.afterUp(), read(cli, c.query()));
        run(cli, 0, args(cli, after, migrations, "check"));
        if (c.afterDown() != null) {
            run(cli, 0, args(cli, before, migrations, "downgrade", "-1"));
            assertEquals(c.afterDown(), read(cli, c.query()));
            assertEquals(catalogBefore, Catalogs.columnsByName(cli.introspect()),
                    "the downgrade leaves the catalog as it was");
        }
    }

    private static final Pattern HAZARDS = Pattern.compile("\\[([A-Z_, ]+)]$", Pattern.MULTILINE);

    /** The hazard codes the revision printed after its operations. */
    private static Set<String> hazards(String out) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = HAZARDS.matcher(out);
        while (m.find()) {
            for (String code : m.group(1).split(",\\s*")) {
                codes.add(code.strip());
            }
        }
        return codes;
    }

    /** Compares text, the catalog's size estimates aside; {@code -Dgolden.update=true} rewrites the file. */
    static void assertGolden(Path golden, String actual) throws Exception {
        String stable = actual.replaceAll("[0-9,]+ [kM]B on disk", "N kB on disk");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, stable);
            return;
        }
        assertTrue(Files.exists(golden), golden + " is missing: run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(golden), stable, golden + " differs: run with -Dgolden.update=true and review");
    }

    private static String read(CliHarness cli, String query) throws Exception {
        try (Connection db = cli.connect(); Statement s = db.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static CliHarness.Run run(CliHarness cli, int expected, String[] args) {
        CliHarness.Run run = cli.run(args);
        assertEquals(expected, run.exitCode(), String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    private static Map<String, String> item(String body) {
        return entity("Item", "items", body);
    }

    private static Map<String, String> entity(String name, String table, String body) {
        return EntitySources.entity(PKG, name, table, body);
    }

    /** {@code entity} with its own {@code @Table} line: the first line of {@code table}. */
    private static Map<String, String> entity(String name, String table, String tableAnnotation, String body) {
        Map<String, String> source = new HashMap<>(entity(name, table, body));
        source.replaceAll((k, v) -> v.replace("@jakarta.persistence.Table(name = \"" + table + "\")", tableAnnotation));
        return source;
    }

    private static Map<String, String> withOwner(Map<String, String> sources) {
        Map<String, String> all = new HashMap<>(sources);
        all.putAll(entity("Owner", "owners", ""));
        return all;
    }

    private static Map<String, String> withEnum(Map<String, String> sources, String name, String constants) {
        Map<String, String> all = new HashMap<>(sources);
        all.put(PKG + "." + name, "package " + PKG + ";\n\npublic enum " + name + " { " + constants + " }\n");
        return all;
    }

    private static String[] args(CliHarness cli, Path classes, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", PKG, "--class-path",
                classes.toString(), "--migrations", migrations.toString(), "--db", cli.jdbcUrl()});
    }
}

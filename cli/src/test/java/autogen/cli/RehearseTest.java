package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen rehearse} on a real PostgreSQL holding the sample app's schema and its rows: a migration written
 * by autogen from changed entities is applied, reverted and applied again on a copy, measured step by step, and
 * the source is the same, byte for byte, afterwards.
 */
class RehearseTest {
    private static final Path SAMPLE = Path.of("..", "sample-app").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    /** The sample app's tables, about {@code users * 10} rows in all. */
    private static void fill(CliHarness cli, int users) throws SQLException {
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("insert into users (id, active, created_at, display_name, email) select md5(i::text)::uuid,"
                    + " true, now(), 'user ' || (i % (" + users + " / 4)), 'u' || i || '@example.com'"
                    + " from generate_series(1, " + users + ") i");
            s.execute("insert into posts (id, title, slug, body, reading_minutes, version, author_id, price)"
                    + " select i, 'Post ' || i, 'post-' || i, repeat('word ', i % 50), i % 30, 0,"
                    + " md5((i % " + users + " + 1)::text)::uuid, case when i % 10 = 0 then i / 100.0 end"
                    + " from generate_series(1, " + users * 5 + ") i");
            s.execute("insert into tags (name, slug) select 'tag' || i, 'tag-' || i from generate_series(1, "
                    + users / 20 + ") i");
            s.execute("insert into comments (approved, body, created_at, post_id, author_id) select true, 'c' || i,"
                    + " now(), i % " + users * 5 + " + 1, md5((i % " + users + " + 1)::text)::uuid"
                    + " from generate_series(1, " + users * 3 + ") i");
            s.execute("insert into post_tags (post_id, tag_id) select i, i % " + users / 20 + " + 1"
                    + " from generate_series(1, " + (users - users / 20) + ") i");
            s.execute("select setval('post_seq', " + users * 5 + ")");
        }
    }

    /** A project: the sample app's entities with {@code edit} applied to Post.java, and its first migration. */
    private Path project(String name, Map<String, String> edits) throws IOException {
        Path project = Files.createDirectories(temp.resolve(name));
        Map<String, String> sources = new HashMap<>();
        try (Stream<Path> files = Files.list(SAMPLE.resolve("src/main/java/autogen/sample"))) {
            for (Path file : files.toList()) {
                String className = "autogen.sample." + file.getFileName().toString().replace(".java", "");
                String text = Files.readString(file);
                for (Map.Entry<String, String> edit : edits.entrySet()) {
                    text = text.replace(edit.getKey(), edit.getValue());
                }
                sources.put(className, text);
            }
        }
        EntitySources.compile(project.resolve("entities"), sources);
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        try (Stream<Path> files = Files.list(SAMPLE.resolve("migrations"))) {
            for (Path file : files.toList()) {
                Files.copy(file, migrations.resolve(file.getFileName()));
            }
        }
        Files.writeString(project.resolve("autogen.properties"), "entity.packages=autogen.sample\n"
                + "class.path=entities/classes\nmigrations=migrations\n"
                + "hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\n");
        return project;
    }

    /** A project whose posts get a subtitle. */
    private Path subtitled(String name) throws IOException {
        return project(name, Map.of("    @Column(nullable = false)\n    private int readingMinutes;",
                "    @Column(nullable = false)\n    private int readingMinutes;\n\n    private String subtitle;"));
    }

    private static String[] args(Path project, CliHarness cli, String... rest) {
        List<String> all = new ArrayList<>(List.of("--config", project.resolve("autogen.properties").toString(),
                "--db", cli.jdbcUrl()));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    /** A database at the sample app's first migration, holding rows, and a pending migration from {@code edits}. */
    private CliHarness sourceWithPending(Path project, int users, String... revisionFlags) throws SQLException {
        CliHarness cli = new CliHarness("rehearse");
        CliHarness.Run up = cli.run(args(project, cli, "upgrade", "head"));
        assertEquals(0, up.exitCode(), up.err());
        fill(cli, users);
        List<String> revision = new ArrayList<>(List.of("-m", "Rehearsed change"));
        revision.addAll(List.of(revisionFlags));
        CliHarness.Run written = cli.run(args(project, cli, revision.toArray(String[]::new)));
        assertEquals(0, written.exitCode(), written.out() + written.err());
        return cli;
    }

    @Test
    void aLockSafeMigrationIsRehearsedOnACopyAndTheSourceStaysAsItWas() throws Exception {
        Path project = project("words", Map.of(
                "@Index(name = \"ix_posts_published_at\", columnList = \"published_at\"),",
                "@Index(name = \"ix_posts_published_at\", columnList = \"published_at\"),\n"
                        + "        @Index(name = \"ix_posts_word_count\", columnList = \"word_count\"),",
                "    @Version\n", "    @Column(nullable = false)\n    private int wordCount;\n\n"
                        + "    @ManyToOne(fetch = FetchType.LAZY)\n    private User editor;\n\n    @Version\n"));
        CliHarness cli = sourceWithPending(project, 20_000, "--backfill",
                "posts.word_count=coalesce(length(body), 0) / 5");
        String before = dump(cli);
        Path report = temp.resolve("rehearsal.md");

        CliHarness.Run run = cli.run(args(project, cli, "rehearse", "--json", "--writers", "2", "--report",
                report.toString()));

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(before, dump(cli), "the source is as it was");
        JsonNode json = JsonReportTest.valid(run.out());
        assertTrue(json.get("passed").asBoolean());
        assertEquals(200_000, json.get("copied").get("rows").asLong(), run.out());
        List<String> passes = StreamSupport.stream(json.get("passes").spliterator(), false)
                .map(p -> p.get("pass").asText()).toList();
        assertEquals(List.of("upgrade", "downgrade", "upgrade again"), passes);
        JsonNode upgrade = json.get("passes").get(0).get("migrations").get(0);
        List<JsonNode> steps = StreamSupport.stream(upgrade.get("steps").spliterator(), false).toList();
        assertTrue(steps.size() >= 5, upgrade.toString());
        assertTrue(steps.stream().allMatch(s -> s.get("millis").asLong() >= 0));
        JsonNode index = steps.stream().filter(s -> s.get("sql").asText().contains("create index concurrently"))
                .findFirst().orElseThrow();
        assertFalse(index.get("transactional").asBoolean());
        assertTrue(locks(index).contains("SHARE UPDATE EXCLUSIVE on posts"), index.toString());
        // A new foreign key locks both of its tables; a statement later in the same transaction takes none anew.
        JsonNode key = steps.stream().filter(s -> s.get("sql").asText().contains("foreign key")).findFirst()
                .orElseThrow();
        assertTrue(locks(key).contains("SHARE ROW EXCLUSIVE on users"), upgrade.toString());
        assertTrue(steps.stream().anyMatch(s -> !s.get("longestWriteWaitMillis").isNull()), "writers wrote");
        JsonNode posts = StreamSupport.stream(upgrade.get("rows").spliterator(), false)
                .filter(r -> r.get("table").asText().equals("posts")).findFirst().orElseThrow();
        assertEquals(100_000, posts.get("updated").asLong(), "the backfill updates every post");
        for (JsonNode table : json.get("data")) {
            assertEquals(0, table.get("differing").asLong(), table.toString());
        }
        assertEquals(5, json.get("data").size());
        assertTrue(json.get("schemaRestored").asBoolean());
        assertTrue(json.get("check").get("inSync").asBoolean(), json.get("check").toString());
        assertTrue(StreamSupport.stream(json.get("sizes").spliterator(), false)
                .anyMatch(s -> s.get("relation").asText().equals("ix_posts_word_count") && s.get("before").isNull()
                        && s.get("after").asLong() > 0), json.get("sizes").toString());
        String markdown = Files.readString(report);
        assertTrue(markdown.startsWith("## autogen rehearse: passed"), markdown);
        assertTrue(markdown.contains("| upgrade | `"), markdown);
        assertFalse(run.out().contains("password"), run.out());
        try (Stream<Path> left = Files.list(temp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".autogen-")));
        }
    }

    @Test
    void aDroppedColumnsValuesDifferAfterTheDowngradeAndTheFileDeclaredIt() throws Exception {
        Path project = project("price", Map.of("    @Column(precision = 10, scale = 2)\n    private BigDecimal price;",
                "    @jakarta.persistence.Transient\n    private BigDecimal price;"));
        CliHarness cli = sourceWithPending(project, 2_000, "--allow-data-loss");

        CliHarness.Run run = cli.run(args(project, cli, "rehearse"));

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("posts: 1,000 of 10,000 rows differ, declared: the upgrade drops column"
                + " posts.price"), run.out());
        assertTrue(run.out().contains("Rehearsal passed."), run.out());
    }

    @Test
    void aMigrationThatFailsOnTheRealRowsStopsTheRehearsalWithItsCode() throws Exception {
        Path project = project("unique", Map.of("    @Column(nullable = false)\n    private int readingMinutes;",
                "    @Column(nullable = false, unique = true)\n    private int readingMinutes;"));
        CliHarness cli = sourceWithPending(project, 2_000);
        String before = dump(cli);

        CliHarness.Run run = cli.run(args(project, cli, "rehearse"));

        assertEquals(ExitCodes.MIGRATION_FAILED, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Rehearsal failed: the upgrade failed on the copy"), run.out());
        assertTrue(run.out().contains("could not create unique index"), run.out());
        assertEquals(before, dump(cli), "the source is as it was");
    }

    @Test
    void aCopyLargerThanTheLimitIsRefusedBeforeAnythingIsCopied() throws Exception {
        Path project = project("limit", Map.of());
        CliHarness cli = new CliHarness("rehearse");
        assertEquals(0, cli.run(args(project, cli, "upgrade", "head")).exitCode());
        fill(cli, 2_000);

        CliHarness.Run run = cli.run(args(project, cli, "rehearse", "--max-size", "100kB"));

        assertEquals(ExitCodes.REFUSED, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("more than rehearse.max-size (100.0 KB)"), run.err());
    }

    @Test
    void mistakesAreOneLineBeforeAnythingStarts() throws Exception {
        Path project = project("mistakes", Map.of());
        CliHarness cli = new CliHarness("rehearse");
        CliHarness.Run writers = cli.run(args(project, cli, "rehearse", "--writers", "-1"));
        assertEquals(ExitCodes.USAGE, writers.exitCode(), writers.err());
        assertEquals(List.of("autogen: --writers must be 0 or more, not -1"), writers.errLines());
        CliHarness.Run size = cli.run(args(project, cli, "rehearse", "--max-size", "lots"));
        assertEquals(ExitCodes.BAD_INPUT, size.exitCode(), size.err());
        assertEquals(List.of("autogen: rehearse.max-size must be a size such as 4GB, 500MB or a number of bytes,"
                + " not 'lots'"), size.errLines());
        CliHarness.Run noDatabase = cli.run("--config", project.resolve("autogen.properties").toString(), "rehearse");
        assertEquals(ExitCodes.BAD_INPUT, noDatabase.exitCode(), noDatabase.err());
        assertTrue(noDatabase.err().startsWith("autogen: rehearse needs the database to rehearse against"),
                noDatabase.err());
        assertEquals(List.of(), cli.strings("select relname from pg_class where relname = 'autogen_version'"),
                "nothing ran");
    }

    @Test
    void aDatabaseChangedByHandIsReportedAndNothingIsRun() throws Exception {
        Path project = subtitled("drift");
        CliHarness cli = sourceWithPending(project, 200);
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("alter table tags add column colour text");
        }

        CliHarness.Run run = cli.run(args(project, cli, "rehearse"));

        assertEquals(ExitCodes.REHEARSAL_FAILED, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("differs from what its migrations build at 20261122042600: add column"
                + " public.tags.colour"), run.out());
        assertTrue(run.out().contains("the rehearsal stopped before running anything"), run.out());
        assertFalse(run.out().contains("upgrade  "), run.out());
    }

    @Test
    void aTableTheConfigurationLeavesOutIsNeitherDriftNorCopied() throws Exception {
        Path project = subtitled("filtered");
        Files.writeString(project.resolve("autogen.properties"), "exclude.tables=legacy_*\n",
                StandardOpenOption.APPEND);
        CliHarness cli = sourceWithPending(project, 200);
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("create table legacy_notes (id int primary key, body text)");
            s.execute("insert into legacy_notes select g, 'note ' || g from generate_series(1, 50) g");
        }

        CliHarness.Run run = cli.run(args(project, cli, "rehearse"));

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertFalse(run.out().contains("legacy_notes"), run.out());
        assertEquals(List.of("50"), cli.strings("select count(*)::text from legacy_notes"), "the source keeps it");
    }

    @Test
    void inPlaceRehearsesOnTheDatabaseItselfAndIsRefusedInProduction() throws Exception {
        Path project = subtitled("inplace");
        CliHarness cli = sourceWithPending(project, 200);
        CliProcess.Result refused = CliProcess.run(temp.resolve("run"), Map.of("ENVIRONMENT", "production"), null,
                args(project, cli, "rehearse", "--in-place"));
        assertEquals(ExitCodes.REFUSED, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.err().startsWith("autogen: rehearse --in-place refused: ENVIRONMENT=production"),
                refused.err());
        assertEquals(List.of(), cli.strings("select column_name from information_schema.columns"
                + " where column_name = 'subtitle'"), "nothing ran");

        CliHarness.Run run = cli.run(args(project, cli, "rehearse", "--in-place"));

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Rehearsal of " + cli.jdbcUrl().replaceAll("\\?.*", "").replace("jdbc:", "")),
                run.out());
        assertTrue(run.out().contains(" in place: from 20261122042600 to heads"), run.out());
        assertTrue(run.out().contains("Check after the second upgrade: in sync with the entities"), run.out());
        assertEquals(List.of("subtitle"), cli.strings("select column_name from information_schema.columns"
                + " where column_name = 'subtitle'"), "the database is at the head, as the second upgrade left it");
        assertEquals(List.of(), cli.strings("select nspname from pg_namespace where nspname = 'autogen_rehearsal'"));
    }

    private static List<String> locks(JsonNode step) {
        return StreamSupport.stream(step.get("locks").spliterator(), false)
                .map(l -> l.get("mode").asText() + " on " + l.get("relation").asText()).toList();
    }

    /** The database's schema and every row, in an order that does not depend on how they were written. */
    private static String dump(CliHarness cli) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            query(s, "select nspname from pg_namespace order by 1", out);
            query(s, "select n.nspname, c.relname, c.relkind, c.relfilenode from pg_class c join pg_namespace n"
                    + " on n.oid = c.relnamespace where n.nspname not in ('pg_catalog', 'information_schema',"
                    + " 'pg_toast') order by 1, 2", out);
            query(s, "select attrelid::regclass::text, attname, format_type(atttypid, atttypmod), attnotnull"
                    + " from pg_attribute where attrelid in (select oid from pg_class where relnamespace ="
                    + " 'public'::regnamespace) and attnum > 0 order by 1, 2", out);
            query(s, "select conname, pg_get_constraintdef(oid) from pg_constraint where connamespace ="
                    + " 'public'::regnamespace order by 1", out);
            query(s, "select indexrelid::regclass::text, pg_get_indexdef(indexrelid), indisvalid from pg_index"
                    + " where indrelid in (select oid from pg_class where relnamespace = 'public'::regnamespace)"
                    + " order by 1", out);
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select relname from pg_class where relnamespace ="
                    + " 'public'::regnamespace and relkind = 'r' order by 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                query(s, "select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')), count(*) from "
                        + "\"" + table + "\" t", out.append(table).append(": "));
            }
            query(s, "select last_value, is_called from post_seq", out);
        }
        return out.toString();
    }

    private static void query(Statement s, String sql, StringBuilder out) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    out.append(rs.getString(i)).append(i == columns ? "\n" : " | ");
                }
            }
        }
    }
}

package autogen.cli;

import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.introspect.embedded.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input: one clear line on stderr, a non-zero exit, and no migration file written. */
class BadInputTest {
    private static final String CLASSES = CliHarness.classPathOf(BadInputTest.class);

    @TempDir
    Path temp;

    @Test
    void unreachableDatabase() {
        CliHarness.Run run = revision(new CliHarness("unreachable"), "autogen.cli.evolution.v1",
                "postgresql://app:s3cret-pw@127.0.0.1:1/app");
        assertOneLineFailure(run, 4, "cannot connect to postgresql://127.0.0.1:1/app");
    }

    @Test
    void wrongPassword() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.start()) {
            PasswordServer.requirePasswords(server, "app_user", "right-pw");
            String url = "postgresql://app_user:wrong-pw@localhost:" + PasswordServer.port(server) + "/postgres";
            CliHarness.Run run = revision(new CliHarness("password"), "autogen.cli.evolution.v1", url);
            assertOneLineFailure(run, 4, "password authentication failed for user \"app_user\"");
        }
    }

    @Test
    void noEntitiesInThePackages() {
        CliHarness cli = new CliHarness("noentities");
        assertOneLineFailure(revision(cli, "autogen.cli.nothing.here", cli.jdbcUrl()), 3,
                "no entity classes found in packages [autogen.cli.nothing.here]");
    }

    @Test
    void anEntityHibernateRejects() {
        CliHarness cli = new CliHarness("rejected");
        assertOneLineFailure(revision(cli, "autogen.cli.bad", cli.jdbcUrl()), 3,
                "Hibernate rejected the entities: Entity 'autogen.cli.bad.NoIdentifier' has no identifier");
    }

    @Test
    void anIndexNamingAColumnTheTableDoesNotHave() {
        CliHarness cli = new CliHarness("indexcolumn");
        Path classes = EntitySources.compile(temp.resolve("entities"), Map.of("autogen.cli.idx.Post",
                "package autogen.cli.idx;\n\nimport jakarta.persistence.*;\nimport java.time.OffsetDateTime;\n\n"
                        + "@Entity\n@Table(name = \"posts\", indexes = @Index(name = \"ix_posts_published_at\","
                        + " columnList = \"published_at\"))\npublic class Post {\n    @Id\n    Long id;\n\n"
                        + "    OffsetDateTime publishedAt;\n}\n"));
        CliHarness.Run run = cli.run("revision", "-m", "Posts", "--packages", "autogen.cli.idx", "--class-path",
                classes.toString(), "--migrations", migrations().toString(), "--db", cli.jdbcUrl());
        assertOneLineFailure(run, 3, "Post: index ix_posts_published_at names column published_at, which table posts"
                + " does not have (its columns: id, publishedat, is_active, is_flagged, notes, created_at, updated_at);"
                + " write the column's name in @Index(columnList = ...) as the table has it");
    }

    @Test
    void aBrokenParentChain() throws Exception {
        CliHarness cli = new CliHarness("chain");
        assertEquals(0, cli.run("revision", "-m", "First", "--packages", "autogen.cli.evolution.v1",
                "--class-path", CLASSES, "--migrations", migrations().toString(), "--db", cli.jdbcUrl()).exitCode());
        Path first = CliHarness.files(migrations()).get(0);
        String orphan = Files.readString(first)
                .replace("parents = {}", "parents = {\"19990101000000\"}")
                .replaceAll("20261122\\d{6}", "20990101000000");
        Files.writeString(migrations().resolve("20990101000000_orphan.java"), orphan);

        assertOneLineFailure(revision(cli, "autogen.cli.evolution.v2", cli.jdbcUrl()), 3,
                "broken migration graph: 20990101000000_orphan.java follows revision 19990101000000");
        assertEquals(2, CliHarness.files(migrations()).size(), "no third file");
    }

    @Test
    void aMigrationThatDoesNotCompile() throws Exception {
        CliHarness cli = new CliHarness("uncompilable");
        Files.createDirectories(migrations());
        Files.writeString(migrations().resolve("20260101000000_broken.java"), "final class Broken { int x = ; }\n");
        assertOneLineFailure(revision(cli, "autogen.cli.evolution.v1", cli.jdbcUrl()), 3,
                "migration 20260101000000_broken.java does not compile: line 1: illegal start of expression");
    }

    @Test
    void aMigrationsPathThatIsAFile() throws Exception {
        CliHarness cli = new CliHarness("migrationsfile");
        Path file = Files.writeString(temp.resolve("migrations.txt"), "not a folder\n");
        for (String[] command : new String[][] {{"upgrade", "head"}, {"downgrade", "base"}, {"current"}, {"check"},
                {"history"}, {"-m", "Try it"}}) {
            CliHarness.Run run = cli.run(concat(command, new String[] {"--packages", "autogen.cli.evolution.v1",
                    "--class-path", CLASSES, "--migrations", file.toString(), "--db", cli.jdbcUrl()}));
            assertOneLineFailure(run, 3, "the migrations folder " + file + " is a file, not a folder");
        }
    }

    @Test
    void aMissingMigrationsFolderForCommandsThatRunMigrations() {
        CliHarness cli = new CliHarness("nomigrations");
        Path missing = temp.resolve("no-such-folder");
        for (String[] command : new String[][] {{"upgrade", "head"}, {"downgrade", "base"}, {"current"}}) {
            CliHarness.Run run = cli.run(concat(command, new String[] {"--migrations", missing.toString(), "--db",
                    cli.jdbcUrl()}));
            assertOneLineFailure(run, 3, "no migrations folder at " + missing + ": set migrations in");
        }
    }

    @Test
    void aVersionTableWithTwoRows() throws Exception {
        CliHarness cli = new CliHarness("tworows");
        Files.createDirectories(migrations());
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("create table autogen_version (revision character varying(64) not null)");
            s.execute("insert into autogen_version values ('20260101000000'), ('20260202000000')");
        }
        for (String[] command : new String[][] {{"upgrade", "head"}, {"current"}, {"check"}}) {
            CliHarness.Run run = cli.run(concat(command, new String[] {"--packages", "autogen.cli.evolution.v1",
                    "--class-path", CLASSES, "--migrations", migrations().toString(), "--db", cli.jdbcUrl()}));
            assertOneLineFailure(run, 3, "public.autogen_version holds 2 rows (20260101000000, 20260202000000) where"
                    + " autogen keeps the one applied revision");
        }
    }

    @Test
    void aVersionTableOfAnotherShape() throws Exception {
        Files.createDirectories(migrations());
        for (String definition : List.of("table autogen_version (id integer, name text)",
                "view autogen_version as select '1'::text as revision")) {
            CliHarness cli = new CliHarness("wrongshape");
            try (Connection c = cli.connect(); Statement s = c.createStatement()) {
                s.execute("create " + definition);
            }
            CliHarness.Run run = cli.run("upgrade", "head", "--migrations", migrations().toString(), "--db",
                    cli.jdbcUrl());
            assertOneLineFailure(run, 3, "public.autogen_version is not autogen's version table: "
                    + (definition.startsWith("table") ? "it has no column revision (its columns: id, name)"
                    : "it is not a table"));
        }
    }

    @Test
    void aConfigurationFileThatIsNotText() throws Exception {
        Path binary = temp.resolve("autogen.properties");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d,
            (byte) 0xff});
        CliHarness.Run run = new CliHarness("binaryconfig").run("check", "--config", binary.toString());
        assertOneLineFailure(run, 3, "cannot read " + binary + ": it is not a text file in UTF-8");
    }

    private CliHarness.Run revision(CliHarness cli, String packages, String db) {
        return cli.run(concat(new String[] {"revision", "-m", "Try it"}, new String[] {"--packages", packages,
                "--class-path", CLASSES, "--migrations", migrations().toString(), "--db", db}));
    }

    private Path migrations() {
        return temp.resolve("migrations");
    }

    private void assertOneLineFailure(CliHarness.Run run, int exitCode, String expected) {
        assertEquals(exitCode, run.exitCode(), run.err());
        List<String> lines = run.errLines();
        assertEquals(1, lines.size(), "one line: " + run.err());
        assertTrue(lines.get(0).startsWith("autogen: "), lines.get(0));
        assertTrue(lines.get(0).contains(expected), lines.get(0));
        assertFalse(run.out().contains("s3cret-pw") || run.err().contains("s3cret-pw"), "password leaked");
        assertFalse(run.out().contains("wrong-pw") || run.err().contains("wrong-pw"), "password leaked");
        boolean wroteMigration = CliHarness.files(migrations()).stream()
                .anyMatch(f -> f.getFileName().toString().contains("try_it"));
        assertFalse(wroteMigration, "no migration file written");
        assertTrue(CliHarness.files(migrations()).stream().noneMatch(f -> f.getFileName().toString().endsWith(".tmp")),
                "no temp file left");
    }
}

package autogen.cli;

import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.engine.DiffService;
import autogen.engine.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check --db tells the entities' differences from the migrations apart from changes made to the database by
 * hand: the latter are database drift, each object named. A database the migrations built matches the fingerprint
 * the head recorded, so telling costs no replay.
 */
class DriftTest {
    private static final String CLASSES = CliHarness.classPathOf(DriftTest.class);

    @TempDir
    Path temp;

    @Test
    void aChangeMadeByHandIsReportedAsDatabaseDrift() throws Exception {
        CliHarness cli = new CliHarness("drift");
        String[] options = {"--packages", "autogen.cli.evolution.v2", "--class-path", CLASSES, "--migrations",
                temp.toString(), "--db", cli.jdbcUrl()};
        assertEquals(0, cli.run(concat(new String[] {"-m", "Books"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());

        Settings settings = Settings.resolve(Path.of("").toAbsolutePath(), new Settings.Flags(Optional.empty(),
                Optional.of(cli.jdbcUrl()), Optional.of("autogen.cli.evolution.v2"), Optional.of(CLASSES),
                Optional.of(temp.toString())), Map.of());
        Matcher recorded = Pattern.compile("schemaAfter = \"([0-9a-f]{16})\"")
                .matcher(Files.readString(CliHarness.files(temp).get(0)));
        assertTrue(recorded.find());
        assertEquals(recorded.group(1), new DiffService().diff(settings).fingerprints().current(),
                "the database the migrations built has the fingerprint the head recorded");

        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("create index books_by_hand on books (isbn)");
            s.execute("alter table authors add column nickname text");
        }
        CliHarness.Run check = cli.run(concat(new String[] {"check"}, options));
        assertEquals(1, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("2 changes made to postgresql://"), check.out());
        assertTrue(check.out().contains("outside its migrations (database drift):"), check.out());
        assertTrue(check.out().contains("add column public.authors.nickname text null"), check.out());
        assertTrue(check.out().contains("create index books_by_hand on public.books [isbn]"), check.out());
    }
}

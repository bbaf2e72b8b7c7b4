package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type change to a shorter type never cuts a value: it is written only when data loss is allowed, and then the
 * generated migration, run by the runner, fails on a value that does not fit and is rolled back, the value intact;
 * once the value fits, the same migration applies.
 */
class NarrowingKeepsDataTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "text                | character varying(255) | repeat('x', 1000)     | 'short'      | value too long for type character varying(255)",
        "integer             | character varying(3)   | 12345                 | 123          | value too long for type character varying(3)",
        "text                | character(3)           | 'abcdef'              | 'abc'        | value too long for type character(3)",
        "text[]              | character varying(3)[] | array['abcdef']       | array['abc'] | value too long for type character varying(3)",
        "bit varying         | bit(3)                 | B'10101'              | B'101'       | bit string length 5 does not match type bit(3)",
    })
    void aValueThatDoesNotFitFailsTheUpgradeAndIsKept(String from, String to, String tooLong, String fitting,
                                                       String refusal) throws Exception {
        CliHarness cli = new CliHarness("narrowing");
        Path migrations = temp.resolve("migrations");
        Path wide = EntitySources.compile(temp.resolve("wide"), EntitySources.entity("autogen.narrow", "Note",
                "notes", "    @Column(columnDefinition = \"" + from + "\")\n    String body;"));
        Path narrow = EntitySources.compile(temp.resolve("narrow"), EntitySources.entity("autogen.narrow", "Note",
                "notes", "    @Column(columnDefinition = \"" + to + "\")\n    String body;"));
        assertEquals(0, cli.run(args(cli, wide, migrations, "-m", "Notes")).exitCode());
        assertEquals(0, cli.run(args(cli, wide, migrations, "upgrade", "head")).exitCode());
        String before;
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("insert into notes (id, body) values (1, " + tooLong + ")");
            before = text(s);
        }
        CliHarness.Run refused = cli.run(args(cli, narrow, migrations, "-m", "Narrow the body"));
        assertEquals(6, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("[NARROWS_TYPE]") && refused.err().contains("--allow-data-loss"),
                refused.err());
        CliHarness.Run revision = cli.run(args(cli, narrow, migrations, "-m", "Narrow the body",
                "--allow-data-loss"));
        assertEquals(0, revision.exitCode(), revision.err());

        CliHarness.Run upgrade = cli.run(args(cli, narrow, migrations, "upgrade", "head"));
        assertEquals(5, upgrade.exitCode(), upgrade.out() + upgrade.err());
        assertTrue(upgrade.err().contains(refusal), upgrade.err());
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            assertEquals(before, text(s), "the value is as it was");
            s.execute("update notes set body = " + fitting);
        }

        assertEquals(0, cli.run(args(cli, narrow, migrations, "upgrade", "head")).exitCode());
        assertEquals(0, cli.run(args(cli, narrow, migrations, "check")).exitCode());
    }

    private static String text(Statement s) throws Exception {
        try (ResultSet rs = s.executeQuery("select body::text from notes")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String[] args(CliHarness cli, Path classes, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", "autogen.narrow", "--class-path",
                classes.toString(), "--migrations", migrations.toString(), "--db", cli.jdbcUrl()});
    }
}

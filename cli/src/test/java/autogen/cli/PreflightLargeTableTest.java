package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a table of more than a million rows the preflight does not count every row: its figures come from ANALYZE
 * statistics and the catalog, and each says so.
 */
class PreflightLargeTableTest {
    private static final String PKG = "autogen.large";

    @TempDir
    Path temp;

    @Test
    void figuresOnALargeTableAreEstimatesThatSaySo() throws Exception {
        CliHarness cli = new CliHarness("preflight");
        Path migrations = temp.resolve("migrations");
        Path before = EntitySources.compile(temp.resolve("before"), EntitySources.entity(PKG, "Item", "items",
                "String email;\n    String code;\n    Integer qty;"));
        Path after = EntitySources.compile(temp.resolve("after"), EntitySources.entity(PKG, "Item", "items",
                "@Column(nullable = false) String email;\n    @Column(unique = true) String code;\n    Long qty;"));
        assertEquals(0, cli.run(args(cli, before, migrations, "-m", "Items")).exitCode());
        assertEquals(0, cli.run(args(cli, before, migrations, "upgrade", "head")).exitCode());
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            // One row in ten without an email; every code twice.
            s.execute("insert into items (id, email, code) select g, case when g % 10 = 0 then null else 'u' || g"
                    + " end, (g % 600000)::text from generate_series(1, 1200000) as g");
            s.execute("analyze items");
        }

        CliHarness.Run check = cli.run(args(cli, after, migrations, "check"));
        assertEquals(1, check.exitCode(), check.out() + check.err());
        assertMatches("rows holding NULL: about 1[12][0-9],[0-9]{3} \\(ANALYZE statistics\\)", check.out());
        assertMatches("rows repeating another's code: about [0-9,]+ \\(ANALYZE statistics\\)", check.out());
        assertMatches("rows of items: about 1,[12][0-9]{2},[0-9]{3} \\(catalog estimate\\), [0-9]+ MB on disk",
                check.out());
    }

    private static void assertMatches(String regex, String out) {
        assertTrue(Pattern.compile(regex).matcher(out).find(), regex + " in:\n" + out);
    }

    private static String[] args(CliHarness cli, Path classes, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", PKG, "--class-path",
                classes.toString(), "--migrations", migrations.toString(), "--db", cli.jdbcUrl()});
    }
}

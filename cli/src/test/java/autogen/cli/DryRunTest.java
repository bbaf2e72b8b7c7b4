package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deploy cannot succeed by accident: {@code upgrade} and {@code downgrade} with no database configured refuse
 * (exit 3) in one line naming where a database is set and the flag of a dry run; {@code --dry-run} tries them on a
 * throwaway embedded PostgreSQL, never on the configured database.
 */
class DryRunTest {
    private static final String[] SAMPLE = {"--config", SampleAppRoundTripTest.SAMPLE_CONFIG.toString()};

    @Test
    void upgradeAndDowngradeWithoutADatabaseAreRefused() {
        CliHarness cli = new CliHarness("nodatabase");
        for (String[] command : new String[][] {{"upgrade", "head"}, {"upgrade"}, {"downgrade", "base"}}) {
            CliHarness.Run run = cli.run(SampleAppRoundTripTest.concat(command, SAMPLE));
            assertEquals(3, run.exitCode(), String.join(" ", command) + ": " + run.out() + run.err());
            assertEquals(List.of("autogen: " + command[0] + " needs a database: pass --db URL, set DATABASE_URL or"
                    + " database.url in autogen.properties; --dry-run tries the " + command[0] + " on a throwaway"
                    + " embedded PostgreSQL and keeps nothing"), run.errLines());
            assertEquals("", run.out(), "nothing ran");
        }
    }

    @Test
    void aDryRunTriesTheMigrationsOnAThrowawayDatabaseAndLeavesTheConfiguredOneAlone() throws Exception {
        CliHarness cli = new CliHarness("dryrun");
        String head = CliHarness.files(SampleAppRoundTripTest.SAMPLE_CONFIG.resolveSibling("migrations")).stream()
                .map(p -> p.getFileName().toString().substring(0, 14)).max(String::compareTo).orElseThrow();

        CliHarness.Run up = cli.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "head", "--dry-run"},
                SAMPLE));
        assertEquals(0, up.exitCode(), up.err());
        assertTrue(up.out().startsWith("  Dry run: trying the upgrade on a throwaway embedded PostgreSQL; nothing is"
                + " kept.\n"), up.out());
        assertTrue(up.out().endsWith("Dry run done: the throwaway embedded PostgreSQL got to " + head + " and is"
                + " removed; no database was changed.\n"), up.out());

        CliHarness.Run down = cli.run(SampleAppRoundTripTest.concat(new String[] {"downgrade", "base", "--dry-run",
                "--db", cli.jdbcUrl()}, SAMPLE));
        assertEquals(0, down.exitCode(), down.err());
        assertTrue(down.out().endsWith("got to base and is removed; no database was changed.\n"), down.out());
        try (Connection c = cli.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the database --db names is left alone by a dry run");
        }
    }
}

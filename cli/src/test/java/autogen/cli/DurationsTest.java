package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every timeout takes PostgreSQL's units ({@code 500ms}, {@code 2s}, {@code 1min}, {@code 1h}, {@code us},
 * {@code d}) from a flag, the environment or the configuration file; a bare number is seconds; anything else is
 * refused in one line naming where it was written. The SQL script shows what the runner sets.
 */
class DurationsTest {
    private static final String[] SAMPLE = {"--config", SampleAppRoundTripTest.SAMPLE_CONFIG.toString()};
    private static final String FORMS = "write a number with a unit (500ms, 2s, 1min, 1h; us, ms, s, min, h, d), or a"
            + " bare number of seconds; 0 waits without a limit";

    @TempDir
    Path temp;

    @Test
    void theRunnerSetsTheTimeoutsAsWrittenWithTheirUnits() {
        CliHarness cli = new CliHarness("durations");
        assertEquals(List.of("set lock_timeout = '2000ms'", "set statement_timeout = '90000ms'"),
                timeouts(cli, "--lock-timeout", "2s", "--statement-timeout", "1.5min"));
        assertEquals(List.of("set lock_timeout = '500ms'", "set statement_timeout = '3600000ms'"),
                timeouts(cli, "--lock-timeout", "500ms", "--statement-timeout", "1h"));
        assertEquals(List.of("set lock_timeout = '2000000ms'", "set statement_timeout = '86400000ms'"),
                timeouts(cli, "--lock-timeout", "2000", "--statement-timeout", "1d"), "a bare number is seconds");
        assertEquals(List.of("set lock_timeout = '1ms'", "set statement_timeout = '0ms'"),
                timeouts(cli, "--lock-timeout", "500us", "--statement-timeout", "0"),
                "less than a millisecond is one, never 0 (no limit)");
    }

    @Test
    void theEnvironmentAndTheFileTakeUnitsToo() throws Exception {
        Path config = Files.writeString(temp.resolve("autogen.properties"), "statement.timeout=10min\nmigrations="
                + SampleAppRoundTripTest.SAMPLE_CONFIG.resolveSibling("migrations") + "\n");
        CliProcess.Result run = CliProcess.run(temp.resolve("env"), Map.of("AUTOGEN_LOCK_TIMEOUT", "250ms"), null,
                "sql", "head", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("set lock_timeout = '250ms';\nset statement_timeout = '600000ms';\n"),
                run.out());
    }

    @Test
    void aDurationItCannotReadIsRefusedInOneLineNamingWhereItWasWritten() throws Exception {
        CliHarness cli = new CliHarness("baddurations");
        for (String[] bad : new String[][] {{"--read-timeout", "soon"}, {"--lock-timeout", "2 sec"},
                {"--lock-wait", "-1"}, {"--connect-timeout", "1.5.0s"}, {"--statement-timeout", "2S"},
                {"--lock-timeout", "30d"}}) {
            CliHarness.Run run = cli.run("current", bad[0], bad[1], "--db", "postgresql://127.0.0.1/app");
            assertEquals(3, run.exitCode(), run.err());
            String why = bad[1].equals("30d") ? "longer than PostgreSQL's longest timeout (about 24 days)"
                    : "not a duration";
            assertEquals(List.of("autogen: " + bad[0] + ": '" + bad[1] + "' is " + why + "; " + FORMS),
                    run.errLines());
        }
        Path config = Files.writeString(temp.resolve("autogen.properties"), "lock.timeout=ten seconds\n");
        CliHarness.Run fromFile = cli.run("current", "--config", config.toString(), "--db",
                "postgresql://127.0.0.1/app");
        assertEquals(3, fromFile.exitCode(), fromFile.err());
        assertEquals(List.of("autogen: lock.timeout: 'ten seconds' is not a duration; " + FORMS), fromFile.errLines());
    }

    private static List<String> timeouts(CliHarness cli, String... flags) {
        CliHarness.Run run = cli.run(SampleAppRoundTripTest.concat(SampleAppRoundTripTest.concat(
                new String[] {"sql", "head"}, SAMPLE), flags));
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().filter(l -> l.startsWith("set lock_timeout") || l.startsWith("set statement_timeout"))
                .map(l -> l.substring(0, l.length() - 1)).toList();
    }
}

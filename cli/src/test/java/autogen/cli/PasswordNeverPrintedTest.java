package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No form of database URL, flag, environment variable or configuration makes autogen print a password: not when
 * the database cannot be reached, not when the URL is refused, and not through the driver's own logging.
 */
class PasswordNeverPrintedTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "jdbc:postgresql://bob:S3cretPw@127.0.0.1:1/app                | 4 | cannot connect to postgresql://127.0.0.1:1/app",
        "jdbc:postgresql://127.0.0.1:1/app?user=bob&password=S3cretPw   | 4 | cannot connect to postgresql://127.0.0.1:1/app",
        "jdbc:postgresql://127.0.0.1:1/app?password=S3cretPw&ssl=false  | 4 | cannot connect to postgresql://127.0.0.1:1/app",
        "postgresql://bob:S3cretPw@127.0.0.1:1/app?sslmode=disable      | 4 | cannot connect to postgresql://127.0.0.1:1/app",
        "postgres://bob:S3cretPw@127.0.0.1:1,127.0.0.2:2/app            | 4 | cannot connect to postgresql://127.0.0.1:1,127.0.0.2:2/app",
        "postgresql://bob:S3c%72etPw@127.0.0.1:1/app                    | 4 | cannot connect to postgresql://127.0.0.1:1/app",
        "jdbc:postgresql://127.0.0.1:1/app;password=S3cretPw            | 3 | the database URL cannot be used: the database name holds ';'",
        "jdbc:postgresql://127.0.0.1:1/app;user=bob;password=S3cretPw   | 3 | the database URL cannot be used: the database name holds ';'",
        "postgresql://bob:S3cretPw@127.0.0.1:70000/app                  | 3 | its port '70000' is not a number from 1 to 65535",
        "postgresql://bob:S3cretPw@127.0.0.1:S3cretPw/app               | 3 | is not a number from 1 to 65535",
        "postgresql://bob:S3cretPw%zz@127.0.0.1/app                     | 3 | is not followed by two hex digits",
        "postgresql://bob:S3cretPw@/app                                 | 3 | it names no host",
        "mysql://bob:S3cretPw@127.0.0.1/app                             | 3 | it is not a PostgreSQL URL",
    })
    void noUrlFormPrintsThePassword(String url, int exitCode, String expected) {
        for (String command : List.of("current", "check", "upgrade")) {
            CliHarness.Run run = new CliHarness("secrets").run(command, "--db", url, "--packages", "nothing",
                    "--migrations", Path.of("..", "sample-app", "migrations").toString());
            assertEquals(exitCode, run.exitCode(), command + ": " + run.err());
            assertEquals(1, run.errLines().size(), command + ": " + run.err());
            assertTrue(run.err().contains(expected), command + ": " + run.err());
            assertNoPassword(run.out() + run.err());
        }
    }

    @Test
    void norThroughTheEnvironmentTheConfigurationOrTheDriversLog() throws Exception {
        Path config = Files.writeString(temp.resolve("autogen.properties"),
                "database.url=postgresql://bob:S3cretPw@127.0.0.1:70000/app\nmigrations=migrations\n");
        Files.createDirectories(temp.resolve("migrations"));
        for (Map<String, String> env : List.of(
                Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1:99999/app?password=S3cretPw"),
                Map.of("DATABASE_URL", "postgresql://bob:S3cretPw@127.0.0.1:1/app"), Map.<String, String>of())) {
            CliProcess.Result run = CliProcess.run(temp.resolve("run"), env, null, "current", "--config",
                    config.toString());
            assertTrue(run.exitCode() == 3 || run.exitCode() == 4, run.err());
            assertEquals(1, run.err().lines().count(), "one line, and nothing from the driver's log: " + run.err());
            assertNoPassword(run.out() + run.err());
        }
    }

    private static void assertNoPassword(String printed) {
        assertFalse(printed.contains("S3cretPw") || printed.contains("S3c%72etPw"), "password printed: " + printed);
    }
}

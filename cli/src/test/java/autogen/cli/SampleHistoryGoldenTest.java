package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.runner.MigrationSource;
import autogen.runner.MigrationCompiler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample app's committed migration is golden: regenerating it from the entities, with the clock at its
 * creation time, gives the same bytes; so is the SQL it runs, with the metadata columns and the updated_at
 * trigger. {@code -Dgolden.update=true} rewrites them for review like code.
 */
class SampleHistoryGoldenTest {
    private static final Path HISTORY = SampleAppRoundTripTest.SAMPLE_CONFIG.getParent().resolve("migrations");
    /** Surefire runs in the cli module's folder. */
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "sample-app").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theCommittedFirstMigrationIsWhatAutogenWrites() throws Exception {
        List<MigrationSource> committed = new MigrationCompiler(Optional.empty()).load(HISTORY).stream()
                .filter(m -> m.parents().isEmpty()).toList();
        assertFalse(committed.isEmpty(), "the sample app has a committed first migration in " + HISTORY);
        MigrationSource first = committed.get(0);

        Clock atCreation = Clock.fixed(Instant.parse(first.created()), ZoneOffset.UTC);
        int code = Main.commandLine(atCreation).execute("revision", "-m", first.message(),
                "--config", SampleAppRoundTripTest.SAMPLE_CONFIG.toString(), "--migrations", temp.toString());
        assertEquals(0, code);
        Path regenerated = CliHarness.files(temp).get(0);

        assertEquals(first.file().getFileName(), regenerated.getFileName());
        assertGolden(first.file(), Files.readString(regenerated));

        // What the migration runs, as `autogen show` prints it: the SQL reviewers read in the pull request.
        StringWriter shown = new StringWriter();
        CommandLine show = Main.commandLine(atCreation);
        show.setOut(new PrintWriter(shown, true));
        assertEquals(0, show.execute("show", first.revision(), "--config",
                SampleAppRoundTripTest.SAMPLE_CONFIG.toString()));
        assertGolden(GOLDEN.resolve("show-initial.sql"), shown.toString());
    }

    /** Compares bytes; {@code -Dgolden.update=true} rewrites the file instead, to be reviewed like code. */
    private static void assertGolden(Path golden, String actual) throws Exception {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
            return;
        }
        assertTrue(Files.exists(golden), golden + " is missing: run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(golden), actual, golden + " differs: run with -Dgolden.update=true and review");
    }
}

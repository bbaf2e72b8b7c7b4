package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import autogen.runner.LoadedMigration;
import autogen.runner.MigrationCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample app's committed migration is golden: regenerating it from the entities, with the clock at its
 * creation time, gives the same bytes. {@code -Dgolden.update=true} rewrites it for review like code.
 */
class SampleHistoryGoldenTest {
    private static final Path HISTORY = SampleAppRoundTripTest.SAMPLE_CONFIG.getParent().resolve("migrations");

    @TempDir
    Path temp;

    @Test
    void theCommittedFirstMigrationIsWhatAutogenWrites() throws Exception {
        List<LoadedMigration> committed = new MigrationCompiler().load(HISTORY).stream()
                .filter(m -> m.parent().isEmpty()).toList();
        assertFalse(committed.isEmpty(), "the sample app has a committed first migration in " + HISTORY);
        LoadedMigration first = committed.get(0);

        Clock atCreation = Clock.fixed(Instant.parse(first.created()), ZoneOffset.UTC);
        int code = Main.commandLine(atCreation).execute("revision", "-m", first.message(),
                "--config", SampleAppRoundTripTest.SAMPLE_CONFIG.toString(), "--migrations", temp.toString());
        assertEquals(0, code);
        Path regenerated = CliHarness.files(temp).get(0);

        String expected = Files.readString(first.file());
        String actual = Files.readString(regenerated);
        if (!expected.equals(actual) && Boolean.getBoolean("golden.update")) {
            Files.writeString(first.file(), actual);
            return;
        }
        assertEquals(first.file().getFileName(), regenerated.getFileName());
        assertEquals(expected, actual, "regenerate with -Dgolden.update=true and review the change");
    }
}

package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steps a person waits for are named on stderr: on a terminal once they take a second, and with
 * {@code AUTOGEN_PROGRESS=always} (a CI log) as they start; without either, stderr stays empty.
 */
class ProgressTest {
    private static final Path SAMPLE = Path.of("..", "sample-app", "autogen.properties").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void aColdCheckSaysWhatItWaitsFor() {
        CliProcess.Result check = CliProcess.run(temp.resolve("run"), Map.of("AUTOGEN_PROGRESS", "always",
                "AUTOGEN_CACHE_DIR", temp.resolve("cache").toString()), null, "--config", SAMPLE.toString(), "check");
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertEquals(List.of("autogen: reading the entities through Hibernate...",
                "autogen: starting the throwaway PostgreSQL...", "autogen: replaying the migrations on it..."),
                check.err().lines().sorted((a, b) -> order(a) - order(b)).toList());
        assertTrue(check.out().startsWith("In sync"), check.out());

        CliProcess.Result quiet = CliProcess.run(temp.resolve("run"), Map.of("AUTOGEN_CACHE_DIR",
                temp.resolve("cache").toString()), null, "--config", SAMPLE.toString(), "check");
        assertEquals(0, quiet.exitCode(), quiet.out() + quiet.err());
        assertEquals("", quiet.err(), "no terminal, no progress");
    }

    /** The model is read beside the database's start, so their lines come in either order: sorted, for comparing. */
    private static int order(String line) {
        return line.contains("entities") ? 0 : line.contains("starting") ? 1 : 2;
    }
}

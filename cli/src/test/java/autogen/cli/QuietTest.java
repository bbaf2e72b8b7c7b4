package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --quiet}: check prints nothing and answers with its exit code; revision prints only the file it wrote. */
class QuietTest {
    @TempDir
    Path temp;

    @Test
    void quietPrintsOnlyWhatAScriptNeeds() {
        CliHarness cli = new CliHarness("quiet");
        String[] options = {"--packages", "autogen.cli.evolution.v1", "--class-path",
                CliHarness.classPathOf(autogen.cli.evolution.v1.Author.class), "--migrations",
                temp.resolve("migrations").toString()};
        CliHarness.Run differs = cli.run(SampleAppRoundTripTest.concat(new String[] {"check", "--quiet"}, options));
        assertEquals(1, differs.exitCode());
        assertEquals("", differs.out() + differs.err());
        CliHarness.Run revision = cli.run(SampleAppRoundTripTest.concat(new String[] {"-m", "Authors", "-q"},
                options));
        assertEquals(0, revision.exitCode(), revision.err());
        assertTrue(Files.isRegularFile(Path.of(revision.out().strip())), revision.out());
        assertEquals(1, revision.out().lines().count(), revision.out());
        CliHarness.Run inSync = cli.run(SampleAppRoundTripTest.concat(new String[] {"check", "-q"}, options));
        assertEquals(0, inSync.exitCode());
        assertEquals("", inSync.out() + inSync.err());
    }
}

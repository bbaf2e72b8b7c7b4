package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each line of a plan starts with what it does to the schema, plain when the output is no terminal: {@code +} adds,
 * {@code ~} changes, {@code -} removes; coloured where colour is asked for, and never with NO_COLOR.
 */
class MarksTest {
    @TempDir
    Path temp;

    @Test
    void linesSayWhetherTheyAddChangeOrRemove() {
        CliHarness cli = atFirstVersion();
        CliHarness.Run check = cli.run(options(cli, "v2", "check"));
        // The steps' lines, not the notes under them, in the report's order of kinds.
        List<String> marks = check.out().lines().filter(l -> l.startsWith("    ") && !l.startsWith("     "))
                .map(l -> l.substring(4, 6)).toList();
        assertEquals(List.of("+ ", "+ ", "~ ", "~ ", "~ ", "+ ", "+ "), marks, check.out());
        assertTrue(!check.out().contains("\u001B["), "no colour where the output is no terminal");
    }

    @Test
    void colourWhereItIsAskedFor() {
        CliHarness cli = atFirstVersion();
        System.setProperty("autogen.colour", "always");
        try {
            CliHarness.Run check = cli.run(options(cli, "v2", "check"));
            assertTrue(check.out().contains("    \u001B[32m+\u001B[0m add column public.books.isbn"), check.out());
            assertTrue(check.out().contains("    \u001B[33m~\u001B[0m alter column public.books.title"), check.out());
        } finally {
            System.clearProperty("autogen.colour");
        }
    }

    /** A database upgraded to the first version's migration, which the second version's entities differ from. */
    private CliHarness atFirstVersion() {
        CliHarness cli = new CliHarness("marks");
        assertEquals(0, cli.run(options(cli, "v1", "-m", "Authors and books")).exitCode());
        assertEquals(0, cli.run(options(cli, "v1", "upgrade", "head")).exitCode());
        return cli;
    }

    private String[] options(CliHarness cli, String version, String... command) {
        Path migrations = temp.resolve("migrations");
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", "autogen.cli.evolution." + version,
                "--class-path", CliHarness.classPathOf(autogen.cli.evolution.v1.Author.class), "--migrations",
                migrations.toString(), "--db", cli.jdbcUrl()});
    }
}

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
        CliHarness cli = new CliHarness("marks");
        Path migrations = temp.resolve("migrations");
        cli.run(options(cli, "v1", migrations, "-m", "Authors and books"));
        cli.run(options(cli, "v1", migrations, "upgrade", "head"));
        CliHarness.Run check = cli.run(options(cli, "v2", migrations, "check"));
        // The steps' lines, not the notes under them, in the report's order of kinds.
        List<String> marks = check.out().lines().filter(l -> l.startsWith("    ") && !l.startsWith("     "))
                .map(l -> l.substring(4, 6)).toList();
        assertEquals(List.of("+ ", "+ ", "~ ", "~ ", "~ ", "+ ", "+ "), marks, check.out());
        assertTrue(!check.out().contains("\u001B["), "no colour where the output is no terminal");
    }

    @Test
    void colourWhereItIsAskedFor() {
        CliHarness cli = new CliHarness("marks");
        Path migrations = temp.resolve("migrations");
        cli.run(options(cli, "v1", migrations, "-m", "Authors and books"));
        cli.run(options(cli, "v1", migrations, "upgrade", "head"));
        System.setProperty("autogen.colour", "always");
        try {
            CliHarness.Run check = cli.run(options(cli, "v2", migrations, "check"));
            assertTrue(check.out().contains("    \u001B[32m+\u001B[0m add column public.books.isbn"), check.out());
            assertTrue(check.out().contains("    \u001B[33m~\u001B[0m alter column public.books.title"), check.out());
        } finally {
            System.clearProperty("autogen.colour");
        }
    }

    private static String[] options(CliHarness cli, String version, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", "autogen.cli.evolution." + version,
                "--class-path", CliHarness.classPathOf(autogen.cli.evolution.v1.Author.class), "--migrations",
                migrations.toString(), "--db", cli.jdbcUrl()});
    }
}

package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code check} prints for people on the evolution case is golden, plain (no terminal, or NO_COLOR) and in
 * colour: one line per difference under its kind, its mark, what it does and the field asking for it, and its
 * hazards in a column of their own. {@code -Dgolden.update=true} rewrites the files for review.
 */
class CheckOutputTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "check").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theEvolutionCaseReadsAsGolden() throws Exception {
        CliHarness cli = new CliHarness("check_output");
        assertEquals(0, cli.run(options(cli, "v1", "-m", "Authors and books")).exitCode());
        assertEquals(0, cli.run(options(cli, "v1", "upgrade", "head")).exitCode());

        CliHarness.Run plain = cli.run(options(cli, "v2", "check"));
        assertEquals(1, plain.exitCode(), plain.err());
        SafetyAcceptanceTest.assertGolden(GOLDEN.resolve("evolution.txt"), stable(plain.out()));

        System.setProperty("autogen.colour", "always");
        try {
            CliHarness.Run coloured = cli.run(options(cli, "v2", "check"));
            assertEquals(1, coloured.exitCode(), coloured.err());
            SafetyAcceptanceTest.assertGolden(GOLDEN.resolve("evolution-colour.txt"), stable(coloured.out()));
        } finally {
            System.clearProperty("autogen.colour");
        }
    }

    /** The output without what changes from run to run: the database's port and name. */
    private static String stable(String out) {
        return out.replaceAll("postgresql://localhost:\\d+/check_output_\\w+", "postgresql://localhost/evolution");
    }

    private String[] options(CliHarness cli, String version, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", "autogen.cli.evolution." + version,
                "--class-path", CliHarness.classPathOf(autogen.cli.evolution.v1.Author.class), "--migrations",
                temp.resolve("migrations").toString(), "--db", cli.jdbcUrl()});
    }
}

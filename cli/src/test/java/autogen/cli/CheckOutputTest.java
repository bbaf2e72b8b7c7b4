package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code check} prints for people on the evolution case is golden, plain (no terminal, or NO_COLOR) and in
 * colour: one line per difference under its kind, its mark, what it does and the field asking for it, and its
 * hazards in a column of their own. {@code -Dgolden.update=true} rewrites the files for review. The example
 * docs/safety.md gives is what check prints too.
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

    /** The example of the hazards' column in docs/safety.md is what check prints on the entities it describes. */
    @Test
    void theSafetyDocumentsExampleIsWhatCheckPrints() throws Exception {
        String book = """
                package autogen.docs;
                import jakarta.persistence.*;
                @Entity @Table(name = "books")
                public class Book {
                    @Id Long id;
                    @Column(length = 100, nullable = false) String title;
                    @Column(length = 200) String subtitle;
                    @ManyToOne Author author;
                }
                """;
        String author = """
                package autogen.docs;
                import jakarta.persistence.*;
                @Entity @Table(name = "authors")
                public class Author {
                    @Id Long id;
                    @Column(length = 100) String name;
                }
                """;
        Path before = EntitySources.compile(temp.resolve("before"), Map.of("autogen.docs.Book", book,
                "autogen.docs.Author", author));
        Path after = EntitySources.compile(temp.resolve("after"), Map.of("autogen.docs.Book", book
                .replace("length = 100, nullable = false", "length = 150, nullable = false")
                .replace("@Column(length = 200) String subtitle;", "@Column(length = 20) String isbn;"),
                "autogen.docs.Author", author.replace("@Column(length = 100)",
                        "@Column(length = 100, nullable = false)")));
        CliHarness cli = new CliHarness("check_output");
        assertEquals(0, cli.run(docs(cli, before, "-m", "Books")).exitCode());
        assertEquals(0, cli.run(docs(cli, before, "upgrade", "head")).exitCode());
        CliHarness.Run check = cli.run(docs(cli, after, "check"));
        assertEquals(1, check.exitCode(), check.err());

        String document = Files.readString(Path.of("..", "docs", "safety.md"));
        int example = document.indexOf("```text\n", document.indexOf("The codes stand in a column")) + 8;
        assertEquals(document.substring(example, document.indexOf("```", example)),
                check.out().replaceAll("postgresql://localhost:\\d+/check_output_\\w+",
                        "postgresql://localhost:5432/app"));
    }

    private String[] docs(CliHarness cli, Path classes, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", "autogen.docs", "--class-path",
                classes.toString(), "--migrations", temp.resolve("docs").toString(), "--db", cli.jdbcUrl()});
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

package autogen.cli;

import autogen.engine.DiffService;
import autogen.engine.Settings;
import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.codegen.OperationDescriber;
import autogen.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changing entities yields exactly the changed operations; upgrade converges and downgrade restores. */
class EvolutionTest {
    private static final String CLASSES = CliHarness.classPathOf(EvolutionTest.class);

    @TempDir
    Path temp;

    @Test
    void eachEntityChangeBecomesExactlyOneOperationAndDowngradeRestoresTheCatalog() {
        CliHarness cli = new CliHarness("evolution");
        Path migrations = temp.resolve("migrations");

        assertEquals(0, cli.run(concat(new String[] {"-m", "Authors and books"}, options(cli, "v1", migrations)))
                .exitCode());
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options(cli, "v1", migrations)))
                .exitCode());
        Schema v1 = cli.introspect();

        List<String> planned = new DiffService().diff(settings(cli, "v2", migrations)).plan().up().stream()
                .map(OperationDescriber::describe).toList();
        assertEquals(List.of(
                "add column public.books.isbn character varying(20) null",
                "add column public.books.author_id bigint null",
                "alter column public.authors.bio: default 'n/a'::character varying -> 'unknown'::character varying",
                "alter column public.authors.name: not null, proven by a validated check first",
                "alter column public.books.title: type character varying(100) -> character varying(150)",
                "create index ix_books_title on public.books [title] concurrently",
                "add foreign key fk_books_author_id_authors public.books [author_id] -> public.authors [id], NOT VALID"
                        + " then validated"),
                planned);

        CliHarness.Run revision = cli.run(concat(new String[] {"revision", "-m", "Evolve books"},
                options(cli, "v2", migrations)));
        assertEquals(0, revision.exitCode(), revision.err());
        assertTrue(revision.out().contains(" (7 operations):\n"), revision.out());
        // Each operation names the field that asks for it: the reviewer's way from a line to the Java.
        List<String> traced = revision.out().lines().filter(l -> l.startsWith("  ") && l.contains("  ("))
                .map(l -> l.substring(l.indexOf("  (") + 3, l.indexOf(')', l.indexOf("  (")))).toList();
        assertEquals(List.of("Book.isbn", "Book.author", "Author.bio", "Author.name", "Book.title", "Book.title",
                "Book.author"), traced, revision.out());
        assertEquals(2, CliHarness.files(migrations).size());
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options(cli, "v2", migrations)))
                .exitCode());
        assertNotEquals(v1, cli.introspect());
        CliHarness.Run check = cli.run(concat(new String[] {"check"}, options(cli, "v2", migrations)));
        assertEquals(0, check.exitCode(), check.out());

        CliHarness.Run down = cli.run(concat(new String[] {"downgrade", "-1"}, options(cli, "v2", migrations)));
        assertEquals(0, down.exitCode(), down.err());
        assertEquals(v1, cli.introspect(), "downgrade -1 restores the previous catalog exactly");

        // Like Alembic, check refuses a database behind the migrations instead of reporting their content.
        CliHarness.Run behind = cli.run(concat(new String[] {"check"}, options(cli, "v2", migrations)));
        assertEquals(8, behind.exitCode(), "not at head, told apart from bad input");
        assertTrue(behind.err().contains("run autogen upgrade head first"), behind.err());

        // Against the migrations replayed on a shadow database, the entities are in sync.
        CliHarness.Run shadow = cli.run("check", "--packages", "autogen.cli.evolution.v2", "--class-path", CLASSES,
                "--migrations", migrations.toString());
        assertEquals(0, shadow.exitCode(), shadow.out() + shadow.err());

        // The v1 entities against v2's migrations drift by exactly the seven changes, reported by check.
        CliHarness.Run drift = cli.run("check", "--packages", "autogen.cli.evolution.v1", "--class-path", CLASSES,
                "--migrations", migrations.toString());
        assertEquals(1, drift.exitCode());
        assertTrue(drift.out().startsWith("7 differences between the entities and the migrations"), drift.out());
    }

    @Test
    void aMigrationThatDropsDataIsOnlyWrittenWhenAsked() {
        CliHarness cli = new CliHarness("dataloss");
        Path migrations = temp.resolve("migrations");
        cli.run(concat(new String[] {"-m", "Version two"}, options(cli, "v2", migrations)));
        cli.run(concat(new String[] {"upgrade", "head"}, options(cli, "v2", migrations)));

        CliHarness.Run refused = cli.run(concat(new String[] {"-m", "Back to one"}, options(cli, "v1", migrations)));
        assertEquals(6, refused.exitCode());
        assertEquals(1, refused.errLines().size(), refused.err());
        assertTrue(refused.err().contains("drop column public.books.isbn"), refused.err());
        assertEquals(1, CliHarness.files(migrations).size(), "nothing written");

        CliHarness.Run allowed = cli.run(concat(new String[] {"-m", "Back to one", "--allow-data-loss"},
                options(cli, "v1", migrations)));
        assertEquals(0, allowed.exitCode(), allowed.err());
        assertEquals(2, CliHarness.files(migrations).size());
    }

    private static String[] options(CliHarness cli, String version, Path migrations) {
        return new String[] {"--packages", "autogen.cli.evolution." + version, "--class-path", CLASSES,
                "--migrations", migrations.toString(), "--db", cli.jdbcUrl()};
    }

    private static Settings settings(CliHarness cli, String version, Path migrations) {
        return Settings.resolve(Path.of("").toAbsolutePath(), new Settings.Flags(Optional.of(Path.of("/nonexistent"))
                .filter(p -> false), Optional.of(cli.jdbcUrl()), Optional.of("autogen.cli.evolution." + version),
                Optional.of(CLASSES), Optional.of(migrations.toString())), Map.of());
    }
}

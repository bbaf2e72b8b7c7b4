package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every call of a migration file says, in the comment above it, what in the entities asks for it: each table, column,
 * key, index and check of the sample app's first migration (written from its entities onto an empty database) and of
 * the evolution case, in Java and in Flyway's SQL; each call of the downgrade names what asked for the call it undoes.
 * Only what no entity field declares goes without: autogen's metadata trigger and its function, and the sequence of
 * a sequence generator. The files with these comments run as they did.
 */
class OriginCommentsTest {
    /** {@code Post}, {@code Book.title}, {@code Comment.post, Comment.createdAt}. */
    private static final Pattern ORIGIN = Pattern.compile("[A-Z]\\w*(\\.\\w+)*(, [A-Z]\\w*(\\.\\w+)*)*");
    private static final Set<String> UNTRACED = Set.of("createTriggerFunction", "createTrigger", "createSequence",
            "dropTriggerFunction", "dropTrigger", "dropSequence");
    private static final List<String> EVOLUTION = List.of("Book.isbn", "Book.author", "Author.bio", "Author.name",
            "Book.title", "Book.title", "Book.author");

    @TempDir
    Path temp;

    /** One call of a Java migration: the method it is in, the operation it calls, the origin above it. */
    private record Call(String method, String operation, Optional<String> origin) {
    }

    @Test
    void theSampleAppsFirstMigrationNamesTheFieldOfEachCall() throws Exception {
        CliHarness cli = new CliHarness("origins_sample");
        String[] options = {"--config", SampleAppRoundTripTest.SAMPLE_CONFIG.toString(), "--migrations",
                temp.resolve("migrations").toString(), "--db", cli.jdbcUrl()};
        CliHarness.Run revision = cli.run(SampleAppRoundTripTest.concat(new String[] {"revision", "-m",
                "Initial blog schema"}, options));
        assertEquals(0, revision.exitCode(), revision.err());
        List<Call> calls = calls(CliHarness.files(temp.resolve("migrations")).get(0));

        List<String> up = origins(calls, "upgrade");
        assertTrue(up.containsAll(List.of("Post", "Post.tags", "Comment.post, Comment.createdAt", "Post.author",
                "User")), up.toString());
        List<String> down = origins(calls, "downgrade");
        Collections.reverse(down);
        assertEquals(up, down, "each call of the downgrade names what asked for the call it undoes");

        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "head"}, options)).exitCode());
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"check"}, options)).exitCode());
    }

    @Test
    void theEvolutionNamesTheFieldOfEachCallInJavaAndInSql() throws Exception {
        List<Call> calls = calls(evolve("java").get(0));
        assertEquals(EVOLUTION, origins(calls, "upgrade"));
        assertEquals(reversed(EVOLUTION), origins(calls, "downgrade"));

        // Flyway's files come in parts, each V file with its U file; reverting runs the parts newest first.
        List<Path> parts = evolve("flyway");
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (Path part : parts) {
            up.addAll(sqlOrigins(part));
            down.addAll(0, sqlOrigins(part.resolveSibling("U" + part.getFileName().toString().substring(1))));
        }
        assertEquals(EVOLUTION, up);
        assertEquals(reversed(EVOLUTION), down);
    }

    /**
     * The files of the evolution case's second migration in {@code format} (its V files for Flyway, in the order
     * they run), written after the first was applied, and applied itself: the entities are then in sync.
     */
    private List<Path> evolve(String format) {
        CliHarness cli = new CliHarness("origins_" + format);
        Path migrations = temp.resolve(format);
        assertEquals(0, cli.run(evolution(cli, "v1", migrations, "revision", "-m", "Authors and books", "--format",
                format)).exitCode());
        assertEquals(0, cli.run(evolution(cli, "v1", migrations, "upgrade", "head")).exitCode());
        List<Path> before = CliHarness.files(migrations);
        CliHarness.Run revision = cli.run(evolution(cli, "v2", migrations, "revision", "-m", "Evolve books"));
        assertEquals(0, revision.exitCode(), revision.err());
        assertEquals(0, cli.run(evolution(cli, "v2", migrations, "upgrade", "head")).exitCode());
        CliHarness.Run check = cli.run(evolution(cli, "v2", migrations, "check"));
        assertEquals(0, check.exitCode(), check.out() + check.err());
        return CliHarness.files(migrations).stream().filter(f -> !before.contains(f))
                .filter(f -> !f.getFileName().toString().startsWith("U"))
                .sorted(Comparator.comparingInt(OriginCommentsTest::part)).toList();
    }

    /** The part number of a Flyway file ({@code V<revision>.3__...}), 0 for a file of one part or another format. */
    private static int part(Path file) {
        Matcher m = Pattern.compile("V\\d+\\.(\\d+)__.*").matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String[] evolution(CliHarness cli, String version, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", "autogen.cli.evolution." + version,
                "--class-path", CliHarness.classPathOf(autogen.cli.evolution.v1.Author.class), "--migrations",
                migrations.toString(), "--db", cli.jdbcUrl()});
    }

    /**
     * The origins of the calls of {@code method}, in order, after checking that every call that no entity field
     * could ask for is the only kind without one.
     */
    private static List<String> origins(List<Call> calls, String method) {
        List<String> origins = new ArrayList<>();
        for (Call call : calls.stream().filter(c -> c.method().equals(method)).toList()) {
            assertEquals(!UNTRACED.contains(call.operation()), call.origin().isPresent(), call.toString());
            call.origin().ifPresent(origins::add);
        }
        return origins;
    }

    /** The calls of a Java migration, each with the first line of the comment above it when it names an origin. */
    private static List<Call> calls(Path file) throws Exception {
        List<Call> calls = new ArrayList<>();
        String method = "";
        List<String> comments = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String code = line.strip();
            if (code.startsWith("public void ")) {
                method = code.substring("public void ".length(), code.indexOf('('));
            } else if (code.startsWith("// ")) {
                comments.add(code.substring(3));
            } else if (code.startsWith("op.")) {
                calls.add(new Call(method, code.substring(3, code.indexOf('(')), comments.stream().findFirst()
                        .filter(c -> ORIGIN.matcher(c).matches())));
                comments.clear();
            }
        }
        return calls;
    }

    /** The origin comments of an SQL migration file's statements, in order, its header left out. */
    private static List<String> sqlOrigins(Path file) throws Exception {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.dropWhile(line -> !line.isEmpty()).filter(line -> line.startsWith("-- "))
                    .map(line -> line.substring(3)).filter(c -> ORIGIN.matcher(c).matches()).toList();
        }
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}

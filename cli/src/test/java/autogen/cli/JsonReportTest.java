package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --json}, {@code revision --json}, {@code status --json}, {@code history --json} and {@code sql --json}
 * on the evolution case: documents that the published schema accepts, holding what the text report says, each step
 * with its group, objects, hazards and the field asking for it, each statement of a script as {@code show} lists it.
 */
class JsonReportTest {
    private static final Path SCHEMA = Path.of("..", "docs", "report.schema.json").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void checkAndRevisionDocumentsFollowTheSchema() throws Exception {
        CliHarness cli = new CliHarness("json");
        Path migrations = temp.resolve("migrations");
        assertEquals(0, cli.run(options(cli, "v1", migrations, "-m", "Authors and books")).exitCode());
        assertEquals(0, cli.run(options(cli, "v1", migrations, "upgrade", "head")).exitCode());

        CliHarness.Run check = cli.run(options(cli, "v2", migrations, "check", "--json"));
        assertEquals(1, check.exitCode(), check.err());
        JsonNode document = valid(check.out());
        assertEquals("check", document.get("command").asText());
        assertEquals(false, document.get("inSync").asBoolean());
        JsonNode differences = document.get("differences");
        assertEquals(7, differences.size(), check.out());
        assertEquals(List.of("Book.isbn", "Book.author", "Author.bio", "Author.name", "Book.title", "Book.title",
                "Book.author"), StreamSupport.stream(differences.spliterator(), false)
                .map(step -> step.get("declaredBy").asText()).toList());
        JsonNode index = differences.get(5);
        assertEquals("CreateIndex", index.get("operation").asText());
        assertEquals("indexes", index.get("kind").asText());
        assertTrue(index.get("hazards").toString().contains("LOCKS_TABLE") || index.get("lock").isTextual(),
                index.toString());

        CliHarness.Run revision = cli.run(options(cli, "v2", migrations, "revision", "-m", "Evolve books", "--json"));
        assertEquals(0, revision.exitCode(), revision.err());
        JsonNode written = valid(revision.out());
        assertTrue(Files.isRegularFile(Path.of(written.get("file").asText())), written.toString());
        assertEquals(7, written.get("operations").size());

        CliHarness.Run status = cli.run(options(cli, "v2", migrations, "status", "--json"));
        assertEquals(0, status.exitCode(), status.err());
        JsonNode statusDocument = valid(status.out());
        assertEquals(1, statusDocument.get("pending").asInt(), status.out());
        assertEquals(List.of(true, false), StreamSupport.stream(statusDocument.get("migrations").spliterator(), false)
                .map(m -> m.get("applied").asBoolean()).toList());
        assertTrue(statusDocument.get("migrations").get(1).get("hazards").toString()
                .contains("MAY_FAIL_ON_EXISTING_ROWS"), status.out());

        CliHarness.Run history = cli.run(shadow("v2", migrations, "history", "--json"));
        assertEquals(0, history.exitCode(), history.err());
        JsonNode historyDocument = valid(history.out());
        assertEquals(List.of("Evolve books", "Authors and books"), StreamSupport.stream(
                historyDocument.get("migrations").spliterator(), false).map(m -> m.get("message").asText()).toList());
        assertEquals(statusDocument.get("migrations").get(0).get("revision").asText(),
                historyDocument.get("migrations").get(1).get("revision").asText());
        assertEquals(1, historyDocument.get("migrations").get(0).get("parents").size());

        CliHarness.Run sql = cli.run(shadow("v2", migrations, "sql", "--json"));
        assertEquals(0, sql.exitCode(), sql.err());
        JsonNode script = valid(sql.out());
        assertEquals(List.of("base", "head"), List.of(script.get("from").asText(), script.get("to").asText()));
        assertEquals(List.of("Authors and books", "Evolve books"), StreamSupport.stream(
                script.get("migrations").spliterator(), false).map(m -> m.get("message").asText()).toList());
        JsonNode evolve = script.get("migrations").get(1);
        assertEquals("upgrade", evolve.get("direction").asText());
        CliHarness.Run show = cli.run(shadow("v2", migrations, "show", "head"));
        String shown = show.out();
        assertEquals(shown.substring(shown.indexOf("-- upgrade\n") + 11, shown.indexOf("\n-- downgrade")),
                asShown(evolve.get("statements")), "the statements as show lists them, in its order");
        assertTrue(StreamSupport.stream(evolve.get("statements").spliterator(), false)
                .anyMatch(statement -> !statement.get("transactional").asBoolean()), "a lock-safe step: " + sql.out());

        CliHarness.Run down = cli.run(shadow("v2", migrations, "sql", "base", "--down", "--json"));
        assertEquals(0, down.exitCode(), down.err());
        JsonNode reverted = valid(down.out()).get("migrations");
        assertEquals(List.of("Evolve books", "Authors and books"), StreamSupport.stream(reverted.spliterator(), false)
                .map(m -> m.get("message").asText()).toList());
        assertEquals("downgrade", reverted.get(0).get("direction").asText());
        assertEquals(shown.substring(shown.indexOf("-- downgrade\n") + 13), asShown(reverted.get(0).get("statements")));

        CliHarness.Run inSync = cli.run(shadow("v2", migrations, "check", "--json"));
        assertEquals(0, valid(inSync.out()).get("differences").size(), "checked against the migrations: none left");
    }

    /** Statements of an {@code sql --json} document as {@code show} prints them, checking they count from 1. */
    private static String asShown(JsonNode statements) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            JsonNode statement = statements.get(i);
            assertEquals(i + 1, statement.get("number").asInt(), statements.toString());
            text.append(statement.get("transactional").asBoolean() ? "" : "-- runs outside a transaction\n")
                    .append(statement.get("sql").asText()).append(";\n");
        }
        return text.toString();
    }

    /** {@code command} on the entities of {@code version}, against the harness's database. */
    private static String[] options(CliHarness cli, String version, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(shadow(version, migrations, command), new String[] {"--db",
                cli.jdbcUrl()});
    }

    /** {@code command} on the entities of {@code version}, against the migrations replayed on a shadow database. */
    private static String[] shadow(String version, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", "autogen.cli.evolution." + version,
                "--class-path", CliHarness.classPathOf(autogen.cli.evolution.v1.Author.class), "--migrations",
                migrations.toString()});
    }

    /** {@code text} parsed, after the schema accepted it. */
    static JsonNode valid(String text) throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA));
        List<Error> errors = schema.validate(text, com.networknt.schema.InputFormat.JSON);
        assertEquals(List.of(), errors, text);
        return new ObjectMapper().readTree(text);
    }
}

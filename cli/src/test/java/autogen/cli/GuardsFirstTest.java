package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that runs in parts (a column renamed, an index dropped concurrently, a new column's backfill guard,
 * SET NOT NULL) over rows the guard refuses: {@code upgrade}, and the SQL script run by psql, refuse with the
 * database and its history unchanged, the rename included; once the backfill is written in the guard's place, it
 * completes.
 */
class GuardsFirstTest {
    private static final String BASE = "20261201000000";
    private static final String GUARDED = "20261201000100";

    @TempDir
    Path temp;

    @Test
    void aGuardAfterAStepOutsideATransactionRefusesBeforeAnythingChanges() throws Exception {
        CliHarness cli = new CliHarness("guards");
        Path migrations = temp.resolve("migrations");
        writeBase(migrations);
        assertEquals(0, cli.run(args(cli, migrations, "upgrade", "head")).exitCode());
        Path guarded = writeGuarded(migrations, "op.requireBackfill(\"books\", \"subtitle\");");
        Schema before = cli.introspect();
        List<String> history = RunnerFaultsTest.rows(cli);

        CliHarness.Run refused = cli.run(args(cli, migrations, "upgrade", "head"));
        assertEquals(5, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("refused before it changed anything: ERROR: books.subtitle holds NULL in"
                + " existing rows and is about to become NOT NULL"), refused.err());
        assertEquals(before, cli.introspect(), "the rename and the index drop did not run");
        assertEquals(history, RunnerFaultsTest.rows(cli), "nothing in the history");

        CliHarness.Run script = cli.run(args(cli, migrations, "sql", BASE + ":head"));
        assertEquals(0, script.exitCode(), script.err());
        Psql.Result psql = Psql.run(temp, cli, script.out());
        assertEquals(3, psql.code(), psql.output());
        assertTrue(psql.output().contains("books.subtitle holds NULL in existing rows"), psql.output());
        assertEquals(before, cli.introspect(), "the script changed nothing either");
        assertEquals(history, RunnerFaultsTest.rows(cli));

        Files.writeString(guarded, Files.readString(guarded).replace("op.requireBackfill(\"books\", \"subtitle\");",
                "op.backfill(\"books\", \"subtitle\", \"'none'\");"));
        CliHarness.Run done = cli.run(args(cli, migrations, "upgrade", "head"));
        assertEquals(0, done.exitCode(), done.err());
        try (Connection c = cli.connect()) {
            assertEquals(3, InterruptedMigration.count(c, "select count(*) from books where name like 'title %'"
                    + " and subtitle = 'none'"));
        }
        assertEquals(List.of(BASE + " upgrade success", GUARDED + " upgrade success"), RunnerFaultsTest.rows(cli));
    }

    private static void writeBase(Path migrations) {
        MigrationFiles.write(migrations, BASE, List.of(), "Books",
                MigrationFiles.execute("create table books (id bigint primary key, title text)")
                        + MigrationFiles.execute("create index ix_books_title on books (title)")
                        + MigrationFiles.execute("insert into books select g, 'title ' || g from generate_series(1, 3)"
                        + " as g"),
                MigrationFiles.execute("drop table books"));
    }

    private static Path writeGuarded(Path migrations, String guard) {
        return MigrationFiles.write(migrations, GUARDED, List.of(BASE), "Guarded",
                "op.renameColumn(\"books\", \"title\", \"name\");"
                        + " op.dropIndexConcurrently(\"books\", \"ix_books_title\");"
                        + " op.addColumn(\"books\", column(\"subtitle\", \"text\"));"
                        + " " + guard
                        + " op.alterColumn(\"books\", \"subtitle\", setNotNull());",
                "op.alterColumn(\"books\", \"subtitle\", dropNotNull());"
                        + " op.dropColumn(\"books\", \"subtitle\");"
                        + " op.createIndexConcurrently(\"books\", \"ix_books_title\", \"name\");"
                        + " op.renameColumn(\"books\", \"name\", \"title\");");
    }

    private static String[] args(CliHarness cli, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--migrations", migrations.toString(), "--db",
                cli.jdbcUrl()});
    }
}

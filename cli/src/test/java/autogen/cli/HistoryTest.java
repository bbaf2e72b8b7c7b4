package autogen.cli;

import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history says who ran what and when, recognises an applied migration whose source changed, keeps what the
 * one-row table of earlier versions knew, and lives where history.schema says.
 */
class HistoryTest {
    private static final String CLASSES = CliHarness.classPathOf(HistoryTest.class);

    @TempDir
    Path temp;

    @Test
    void anEditedAppliedMigrationIsRefusedByUpgradeAndCheckUntilRepaired() throws Exception {
        CliHarness cli = new CliHarness("tamper");
        String[] options = options(cli);
        assertEquals(0, cli.run(concat(new String[] {"-m", "Authors"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());
        Path file = CliHarness.files(migrations()).get(0);
        Files.writeString(file, Files.readString(file).replace("final class", "// reviewed again\nfinal class"));

        for (String[] command : new String[][] {{"upgrade", "head"}, {"check"}, {"downgrade", "base"}}) {
            CliHarness.Run refused = cli.run(concat(command, options));
            assertEquals(3, refused.exitCode(), String.join(" ", command) + ": " + refused.err());
            assertEquals(1, refused.errLines().size(), refused.err());
            assertTrue(refused.err().matches("autogen: " + file.getFileName() + " was changed after it was applied:"
                    + " its checksum is [0-9a-f]{12}, applied as [0-9a-f]{12}; autogen verify lists them, autogen"
                    + " repair accepts them once checked\\s*"), refused.err());
        }
        CliHarness.Run verify = cli.run(concat(new String[] {"verify"}, options));
        assertEquals(1, verify.exitCode(), verify.out());
        assertTrue(verify.out().startsWith("changed  " + file.getFileName() + ": checksum "), verify.out());

        CliHarness.Run repair = cli.run(concat(new String[] {"repair"}, options));
        assertEquals(0, repair.exitCode(), repair.err());
        assertTrue(repair.out().contains(file.getFileName() + ": checksum "), repair.out());
        assertEquals(0, cli.run(concat(new String[] {"verify"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"check"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"downgrade", "base"}, options)).exitCode());
    }

    @Test
    void aLineEndingIsNoEdit() throws Exception {
        CliHarness cli = new CliHarness("crlf");
        String[] options = options(cli);
        assertEquals(0, cli.run(concat(new String[] {"-m", "Authors"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());
        Path file = CliHarness.files(migrations()).get(0);
        Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
        assertEquals(0, cli.run(concat(new String[] {"verify"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"check"}, options)).exitCode());
    }

    @Test
    void eachStepIsOneRowSayingWhoRanWhatAndWhen() throws Exception {
        CliHarness cli = new CliHarness("rows");
        String[] options = options(cli);
        assertEquals(0, cli.run(concat(new String[] {"-m", "Authors"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"downgrade", "base"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());
        String revision = CliHarness.files(migrations()).get(0).getFileName().toString().substring(0, 14);
        try (Connection c = cli.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select revision, direction, heads::text, message, length(checksum),"
                     + " db_user, os_user, host is not null, started_at <= now(), execution_ms >= 0, status,"
                     + " autogen_version from autogen_version order by id")) {
            for (String direction : List.of("upgrade", "downgrade", "upgrade")) {
                assertTrue(rs.next());
                assertEquals(revision, rs.getString(1));
                assertEquals(direction, rs.getString(2));
                assertEquals(direction.equals("upgrade") ? "{" + revision + "}" : "{}", rs.getString(3));
                assertEquals("Authors", rs.getString(4));
                assertEquals(64, rs.getInt(5));
                assertEquals("postgres", rs.getString(6));
                assertEquals(System.getProperty("user.name"), rs.getString(7));
                assertTrue(rs.getBoolean(8) && rs.getBoolean(9) && rs.getBoolean(10));
                assertEquals("success", rs.getString(11));
                assertEquals("0.2.0", rs.getString(12));
            }
        }
        CliHarness.Run status = cli.run(concat(new String[] {"status"}, options));
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().startsWith("applied  " + revision + "  Authors  (head)  "), status.out());
        assertTrue(status.out().contains(" by postgres (" + System.getProperty("user.name")), status.out());
    }

    @Test
    void theOneRowTableOfEarlierVersionsBecomesTheHistoryLosingNothing() throws Exception {
        CliHarness cli = new CliHarness("legacy");
        String[] options = options(cli);
        assertEquals(0, cli.run(concat(new String[] {"-m", "Authors"}, options)).exitCode());
        String revision = CliHarness.files(migrations()).get(0).getFileName().toString().substring(0, 14);
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            // What autogen's earlier versions left: one column, one row.
            s.execute("drop table autogen_version");
            s.execute("create table autogen_version (revision character varying(64) not null)");
            s.execute("insert into autogen_version values ('" + revision + "')");
        }
        CliHarness.Run current = cli.run(concat(new String[] {"current"}, options));
        assertEquals(revision + "  Authors  (head)", current.out().strip(), "read as it is, changing nothing");
        assertEquals(0, cli.run(concat(new String[] {"check"}, options)).exitCode());

        assertEquals(0, cli.run(concat(new String[] {"downgrade", "base"}, options)).exitCode());
        assertEquals(List.of(revision + " stamp success", revision + " downgrade success"), RunnerFaultsTest.rows(cli));
    }

    @Test
    void theHistoryLivesWhereHistorySchemaSays() throws Exception {
        CliHarness cli = new CliHarness("historyschema");
        String[] options = concat(options(cli), new String[] {"--history-schema", "ops"});
        assertEquals(0, cli.run(concat(new String[] {"-m", "Authors"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"check"}, options)).exitCode());
        try (Connection c = cli.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select to_regclass('ops.autogen_version') is not null,"
                     + " to_regclass('public.autogen_version') is null")) {
            rs.next();
            assertTrue(rs.getBoolean(1) && rs.getBoolean(2));
        }
    }

    @Test
    void aRoleThatCannotCreateTheHistoryIsToldWhichSettingToUse() throws Exception {
        CliHarness cli = new CliHarness("nocreate");
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("create role app_no_create login");
            s.execute("revoke create on schema public from public");
            s.execute("grant usage on schema public to app_no_create");
        }
        assertEquals(0, cli.run(concat(new String[] {"-m", "Authors"}, options(cli))).exitCode());
        CliHarness.Run run = cli.run("upgrade", "head", "--migrations", migrations().toString(), "--db",
                cli.jdbcUrl().replace("user=postgres", "user=app_no_create"));
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("cannot create the history table public.autogen_version: ERROR: permission"
                + " denied for schema public; set history.schema (AUTOGEN_HISTORY_SCHEMA, --history-schema) to a"
                + " schema this role can create tables in"), run.err());
    }

    private String[] options(CliHarness cli) {
        return new String[] {"--packages", "autogen.cli.evolution.v1", "--class-path", CLASSES, "--migrations",
                migrations().toString(), "--db", cli.jdbcUrl()};
    }

    private Path migrations() {
        return temp.resolve("migrations");
    }
}

package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen sql} writes, without a database, the script that {@code psql -v ON_ERROR_STOP=1 -f} runs as
 * {@code autogen upgrade} (and {@code downgrade}) would: the same catalog and the same history, for the sample
 * app's history and for a history whose second migration runs in parts (lock-safe steps).
 */
class SqlScriptTest {
    private static final String PKG = "autogen.scripted";
    /** The history as both ways must leave it: who ran it, where and when aside. */
    private static final String HISTORY = "select string_agg(concat_ws(' ', revision, parents::text, direction,"
            + " heads::text, message, checksum, status), E'\\n' order by id) from autogen_version";

    @TempDir
    Path temp;

    @Test
    void theSampleAppsScriptAppliedByPsqlLeavesWhatUpgradeLeaves() throws Exception {
        String[] sample = {"--config", SampleAppRoundTripTest.SAMPLE_CONFIG.toString()};
        CliHarness upgraded = new CliHarness("sql_upgraded");
        CliHarness scripted = new CliHarness("sql_scripted");
        assertEquals(0, upgraded.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "head", "--db",
                upgraded.jdbcUrl()}, sample)).exitCode());
        CliHarness.Run script = upgraded.run(SampleAppRoundTripTest.concat(new String[] {"sql", "head"}, sample));
        assertEquals(0, script.exitCode(), script.err());
        psql(scripted, script.out());
        assertSame(upgraded, scripted);
    }

    @Test
    void aHistoryWithStepsOutsideTransactionsUpAndDown() throws Exception {
        CliHarness writer = new CliHarness("sql_writer");
        Path migrations = temp.resolve("migrations");
        Path v1 = EntitySources.compile(temp.resolve("v1"), items("String code;"));
        Path v2 = EntitySources.compile(temp.resolve("v2"), items("@Column(unique = true) String code;\n"
                + "    @Column(nullable = false) String label;"));
        assertEquals(0, writer.run(args(writer, v1, migrations, "-m", "Items")).exitCode());
        assertEquals(0, writer.run(args(writer, v1, migrations, "upgrade", "head")).exitCode());
        assertEquals(0, writer.run(args(writer, v2, migrations, "-m", "Unique code", "--backfill",
                "items.label='none'")).exitCode());
        assertTrue(Files.readString(CliHarness.files(migrations).get(1)).contains("addUniqueConstraintUsingIndex"));

        CliHarness upgraded = new CliHarness("sql_upgraded");
        CliHarness scripted = new CliHarness("sql_scripted");
        assertEquals(0, upgraded.run(args(upgraded, v2, migrations, "upgrade", "head")).exitCode());
        CliHarness.Run up = upgraded.run(args(upgraded, v2, migrations, "upgrade", "--sql"));
        assertEquals(0, up.exitCode(), up.err());
        assertTrue(up.out().contains("-- This migration runs in parts"), up.out());
        assertTrue(up.out().contains("create unique index concurrently uq_items_code"), up.out());
        psql(scripted, up.out());
        assertSame(upgraded, scripted);

        String first = CliHarness.files(migrations).get(0).getFileName().toString().substring(0, 14);
        assertEquals(0, upgraded.run(args(upgraded, v2, migrations, "downgrade", first)).exitCode());
        CliHarness.Run down = upgraded.run(args(upgraded, v2, migrations, "sql", "head:" + first, "--down"));
        assertEquals(0, down.exitCode(), down.err());
        psql(scripted, down.out());
        assertSame(upgraded, scripted);

        CliHarness.Run again = upgraded.run(args(upgraded, v2, migrations, "sql", "base:head"));
        String refused = psqlFails(scripted, again.out());
        assertTrue(refused.contains("this script starts at base but the database is at " + first), refused);
    }

    @Test
    void aRangeThatGoesTheWrongWayIsRefusedWithTheCommandThatFitsIt() {
        CliHarness cli = new CliHarness("sql_usage");
        String[] sample = {"--config", SampleAppRoundTripTest.SAMPLE_CONFIG.toString()};
        CliHarness.Run up = cli.run(SampleAppRoundTripTest.concat(new String[] {"sql", "head:base"}, sample));
        assertEquals(2, up.exitCode());
        assertEquals("autogen: an upgrade does not go to base: the downgrade's script is autogen sql head:base"
                + " --down", up.err().strip());
        CliHarness.Run down = cli.run(SampleAppRoundTripTest.concat(new String[] {"sql", "base:head", "--down"},
                sample));
        assertEquals(2, down.exitCode());
        assertEquals("autogen: a downgrade does not go to head: the upgrade's script is autogen sql base:head"
                + " without --down", down.err().strip());
        CliHarness.Run unknown = cli.run(SampleAppRoundTripTest.concat(new String[] {"sql", "nope"}, sample));
        assertEquals(3, unknown.exitCode());
        assertEquals("autogen: no migration has revision nope", unknown.err().strip());
        assertEquals("", up.out() + down.out() + unknown.out(), "no half script");
    }

    private static void assertSame(CliHarness expected, CliHarness actual) throws Exception {
        assertEquals(Catalogs.columnsByName(expected.introspect()), Catalogs.columnsByName(actual.introspect()));
        assertEquals(query(expected, HISTORY), query(actual, HISTORY));
    }

    private static Map<String, String> items(String body) {
        return new HashMap<>(EntitySources.entity(PKG, "Item", "items", body));
    }

    private void psql(CliHarness cli, String script) throws Exception {
        Psql.Result result = Psql.run(temp, cli, script);
        assertEquals(0, result.code(), result.output());
    }

    private String psqlFails(CliHarness cli, String script) throws Exception {
        Psql.Result result = Psql.run(temp, cli, script);
        assertEquals(3, result.code(), "psql stops on the error: " + result.output());
        return result.output();
    }

    private static String query(CliHarness cli, String sql) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String[] args(CliHarness cli, Path classes, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", PKG, "--class-path",
                classes.toString(), "--migrations", migrations.toString(), "--db", cli.jdbcUrl()});
    }
}

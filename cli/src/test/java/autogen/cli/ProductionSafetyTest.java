package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.engine.MigrationService;
import autogen.engine.RunPolicy;
import autogen.engine.Settings;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 004's guards, on a real PostgreSQL: in production a destructive upgrade and any downgrade are refused unless
 * allowed; elsewhere a downgrade that drops data is refused without a terminal unless allowed; a migration blocked
 * by another session's lock fails after the lock timeout, with nothing applied.
 */
class ProductionSafetyTest {
    private static final String PKG = "autogen.guarded";

    @TempDir
    Path temp;

    /** Two migrations: items with a note, then the note dropped. */
    private record History(CliHarness cli, Path classes, Path migrations, String first) {
    }

    private History history() throws Exception {
        CliHarness cli = new CliHarness("guard");
        Path migrations = temp.resolve("migrations");
        Path withNote = EntitySources.compile(temp.resolve("v1"), EntitySources.entity(PKG, "Item", "items",
                "String note;"));
        Path withoutNote = EntitySources.compile(temp.resolve("v2"), EntitySources.entity(PKG, "Item", "items",
                ""));
        assertEquals(0, cli.run(args(cli, withNote, migrations, "-m", "Items")).exitCode());
        String first = CliHarness.files(migrations).get(0).getFileName().toString();
        assertEquals(0, cli.run(args(cli, withNote, migrations, "upgrade", "head")).exitCode());
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("insert into items (id, note) values (1, 'keep me')");
        }
        assertEquals(0, cli.run(args(cli, withoutNote, migrations, "-m", "Drop the note", "--allow-data-loss"))
                .exitCode());
        return new History(cli, withoutNote, migrations, first);
    }

    @Test
    void productionRefusesADestructiveUpgradeAndAnyDowngradeUnlessAllowed() throws Exception {
        History h = history();
        String dropping = CliHarness.files(h.migrations()).get(1).getFileName().toString();
        Map<String, String> production = Map.of("ENVIRONMENT", "production");

        CliProcess.Result refused = process(h, production, "upgrade", "head");
        assertEquals(6, refused.exitCode(), refused.err());
        assertEquals("autogen: upgrade refused: ENVIRONMENT=production, and " + dropping + " carries DELETES_DATA,"
                + " not approved by a reviewer; once reviewed, record it in the file before it is applied anywhere"
                + " (@MigrationInfo(approved = {\"DELETES_DATA\"}), which autogen revision --approve DELETES_DATA"
                + " writes), or run again with --allow-destructive (or ALLOW_DESTRUCTIVE_MIGRATIONS=1)",
                refused.err().strip());
        assertEquals("keep me", note(h.cli()), "nothing ran");

        CliProcess.Result staging = process(h, Map.of("AUTOGEN_ENV", "staging", "ENVIRONMENT", "production"),
                "upgrade", "head");
        assertEquals(0, staging.exitCode(), "AUTOGEN_ENV is read first: " + staging.err());
        assertEquals(0, process(h, production, "downgrade", "-1", "--allow-destructive").exitCode());

        CliProcess.Result allowed = process(h, production, "upgrade", "head", "--allow-destructive");
        assertEquals(0, allowed.exitCode(), allowed.err());
        assertTrue(allowed.out().contains("Drop the note   [DELETES_DATA]"), allowed.out());

        CliProcess.Result downgrade = process(h, production, "downgrade", "-1");
        assertEquals(6, downgrade.exitCode(), downgrade.err());
        assertEquals("autogen: downgrade refused: ENVIRONMENT=production, where a downgrade can lose data (it would"
                + " revert " + dropping + "); run again with --allow-destructive (or ALLOW_DESTRUCTIVE_MIGRATIONS=1)"
                + " if it is meant", downgrade.err().strip());
        CliProcess.Result byEnvironment = process(h, Map.of("ENVIRONMENT", "production",
                "ALLOW_DESTRUCTIVE_MIGRATIONS", "1"), "downgrade", "-1");
        assertEquals(0, byEnvironment.exitCode(), byEnvironment.err());
    }

    @Test
    void aDowngradeThatDropsDataIsRefusedWithoutATerminalUnlessAllowed() throws Exception {
        History h = history();
        CliHarness.Run status = h.cli().run(args(h.cli(), h.classes(), h.migrations(), "status"));
        assertTrue(status.out().contains("Drop the note  (head)   [DELETES_DATA]"), "what the pending migration"
                + " risks:\n" + status.out());
        CliHarness.Run refused = h.cli().run(args(h.cli(), h.classes(), h.migrations(), "downgrade", "base"));
        assertEquals(6, refused.exitCode(), refused.err());
        assertEquals("autogen: downgrade refused: the downgrade drops table items (of " + h.first() + "), which holds"
                + " data; run again with --allow-destructive (or ALLOW_DESTRUCTIVE_MIGRATIONS=1) if that is meant",
                refused.err().strip());
        assertEquals("keep me", note(h.cli()));

        try (Connection c = h.cli().connect(); Statement s = c.createStatement()) {
            s.execute("delete from items");
        }
        CliHarness.Run empty = h.cli().run(args(h.cli(), h.classes(), h.migrations(), "downgrade", "base"));
        assertEquals(0, empty.exitCode(), "an empty table drops no data: " + empty.err());
    }

    @Test
    void onATerminalTheDowngradeThatDropsDataAsksAndRunsOnlyOnYes() throws Exception {
        History h = history();
        Settings settings = Settings.resolve(temp, new Settings.Flags(Optional.empty(),
                Optional.of(h.cli().jdbcUrl()), Optional.of(PKG), Optional.of(h.classes().toString()),
                Optional.of(h.migrations().toString())), Map.of());
        assertEquals(0, h.cli().run(args(h.cli(), h.classes(), h.migrations(), "upgrade", "head",
                "--allow-destructive")).exitCode());
        List<String> asked = new ArrayList<>();
        AutogenException no = assertThrows(AutogenException.class, () -> new MigrationService().downgrade(settings,
                "base", line -> { }, new RunPolicy(Map.of(), false, Optional.of(question -> {
                    asked.add(question);
                    return false;
                }))));
        assertEquals(Failure.REFUSED, no.failure());
        assertEquals(List.of("The downgrade drops table items (of " + h.first() + "), which holds data. Go on? [y/N] "),
                asked);
        assertEquals("downgrade not run: the downgrade drops table items (of " + h.first() + "), which holds data",
                no.getMessage());
        assertEquals("1", text(h.cli(), "select count(*)::text from items"), "nothing ran");

        MigrationService.Outcome yes = new MigrationService().downgrade(settings, "base", line -> { },
                new RunPolicy(Map.of(), false, Optional.of(question -> true)));
        assertEquals(List.of(), yes.heads(), "at base");
        assertEquals("0", text(h.cli(), "select count(*)::text from pg_tables where tablename = 'items'"));
    }

    @Test
    void aMigrationBlockedByAnotherSessionsLockFailsAfterTheLockTimeoutWithNothingApplied() throws Exception {
        History h = history();
        Path added = EntitySources.compile(temp.resolve("v3"), EntitySources.entity(PKG, "Item", "items",
                "String label;"));
        assertEquals(0, h.cli().run(args(h.cli(), h.classes(), h.migrations(), "upgrade", "head",
                "--allow-destructive")).exitCode());
        assertEquals(0, h.cli().run(args(h.cli(), added, h.migrations(), "-m", "Label")).exitCode());
        autogen.schema.Schema before = h.cli().introspect();
        try (Connection reader = h.cli().connect(); Statement s = reader.createStatement()) {
            reader.setAutoCommit(false);
            s.executeQuery("select count(*) from items").close();  // holds ACCESS SHARE until the rollback
            CliHarness.Run blocked = h.cli().run(args(h.cli(), added, h.migrations(), "upgrade", "head",
                    "--lock-timeout", "500ms"));
            assertEquals(5, blocked.exitCode(), blocked.err());
            assertTrue(blocked.err().contains("canceling statement due to lock timeout") && blocked.err().contains(
                    "it waited the lock timeout (500 ms) for a lock another session holds on the table: run it when the"
                    + " table is less busy, or raise lock.timeout (--lock-timeout)"), blocked.err());
            reader.rollback();
        }
        assertEquals(before, h.cli().introspect(), "nothing of the blocked migration stays");
        assertEquals(0, h.cli().run(args(h.cli(), added, h.migrations(), "upgrade", "head")).exitCode());
        assertEquals(0, h.cli().run(args(h.cli(), added, h.migrations(), "check")).exitCode());
    }

    private CliProcess.Result process(History h, Map<String, String> env, String... command) {
        return CliProcess.run(temp.resolve("runs"), env, null, args(h.cli(), h.classes(), h.migrations(), command));
    }

    private static String text(CliHarness cli, String sql) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String note(CliHarness cli) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select note from items")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String[] args(CliHarness cli, Path classes, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", PKG, "--class-path",
                classes.toString(), "--migrations", migrations.toString(), "--db", cli.jdbcUrl()});
    }
}

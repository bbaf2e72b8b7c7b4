package autogen.cli;

import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} reads the catalog beside its main work on spare connections. A role the server allows one or two
 * connections still gets its answer: the catalog is read on as many connections as the server gives. The
 * entities are all in the configured schema, so the early read is the one used.
 */
class ConnectionLimitTest {
    private static final String CLASSES = CliHarness.classPathOf(ConnectionLimitTest.class);

    @TempDir
    Path migrations;

    @Test
    void checkIsInSyncForARoleAllowedOneTwoOrThreeConnections() throws Exception {
        CliHarness cli = new CliHarness("connection_limit");
        String[] options = {"--packages", "autogen.cli.handmade", "--class-path", CLASSES, "--migrations",
                migrations.toString()};
        String[] asOwner = concat(options, new String[] {"--db", cli.jdbcUrl()});
        assertEquals(0, cli.run(concat(new String[] {"-m", "Hand notes"}, asOwner)).exitCode());
        CliHarness.Run upgrade = cli.run(concat(new String[] {"upgrade", "head"}, asOwner));
        assertEquals(0, upgrade.exitCode(), upgrade.err());

        // Per-role limits are not enforced for superusers, so the check runs as a role that owns the database.
        String role = "limited_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("create role " + role + " login connection limit 1");
            s.execute("alter database " + c.getCatalog() + " owner to " + role);
            s.execute("grant select on all tables in schema public to " + role);
        }
        String[] asLimited = concat(options, new String[] {"--db", cli.jdbcUrl().replace("user=postgres",
                "user=" + role)});
        try {
            // One: the main connection only; two: one spare; three: the catalog on two spares beside the main one.
            for (int limit = 1; limit <= 3; limit++) {
                setLimit(cli, role, limit);
                CliHarness.Run check = cli.run(concat(new String[] {"check"}, asLimited));
                assertEquals(0, check.exitCode(), "limit " + limit + ": " + check.out() + check.err());
                assertTrue(check.out().contains("In sync"), check.out());
            }
        } finally {
            try (Connection c = cli.connect(); Statement s = c.createStatement()) {
                s.execute("alter database " + c.getCatalog() + " owner to postgres");
                s.execute("drop owned by " + role);
                s.execute("drop role " + role);
            }
        }
    }

    private static void setLimit(CliHarness cli, String role, int limit) throws SQLException {
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("alter role " + role + " connection limit " + limit);
        }
    }
}

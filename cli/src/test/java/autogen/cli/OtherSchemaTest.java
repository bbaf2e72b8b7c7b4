package autogen.cli;

import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.introspect.IntrospectionScope;
import autogen.introspect.PostgresIntrospector;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities in a schema that no configuration names: autogen reads the catalog early with the schemas the
 * configuration gives, and reads again once the entities name another, so the other schema is never missed.
 */
class OtherSchemaTest {
    private static final String CLASSES = CliHarness.classPathOf(OtherSchemaTest.class);

    @TempDir
    Path migrations;

    @Test
    void tablesInASchemaOnlyTheEntitiesNameAreCreatedAndThenInSync() throws Exception {
        CliHarness cli = new CliHarness("otherschema");
        String[] options = {"--packages", "autogen.cli.otherschema", "--class-path", CLASSES, "--migrations",
                migrations.toString(), "--db", cli.jdbcUrl()};
        assertEquals(0, cli.run(concat(new String[] {"-m", "Warehouses and shipments"}, options)).exitCode());
        CliHarness.Run upgrade = cli.run(concat(new String[] {"upgrade", "head"}, options));
        assertEquals(0, upgrade.exitCode(), upgrade.err());

        try (Connection c = cli.connect()) {
            Schema inventory = new PostgresIntrospector().read(c, IntrospectionScope.of("inventory"));
            assertTrue(inventory.tables().stream().anyMatch(t -> t.name().equals(
                    new QualifiedName("inventory", "warehouses"))), "inventory.warehouses exists");
        }
        CliHarness.Run check = cli.run(concat(new String[] {"check"}, options));
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("In sync"), check.out());

        // A table dropped from the other schema by hand is a difference: that schema was read.
        try (Connection c = cli.connect(); var s = c.createStatement()) {
            s.execute("drop table inventory.warehouses cascade");
        }
        CliHarness.Run drifted = cli.run(concat(new String[] {"check"}, options));
        assertEquals(ExitCodes.DIFFERENCES, drifted.exitCode(), drifted.out() + drifted.err());
        assertTrue(drifted.out().contains("inventory.warehouses"), drifted.out());
    }
}

package autogen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.introspect.embedded.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plugin as a Maven user runs it: a real {@code mvn} on a copy of {@code src/it/shop}, a project with one JPA
 * entity and the plugin in its pom, then on a copy of the sample app; migrations applied to a real PostgreSQL.
 */
class MavenPluginIT {
    private final Mvn mvn = Mvn.in(Fixtures.WORK);

    @Test
    void revisionWritesAMigrationCheckFailsOnDriftAndUpgradeAppliesIt() throws SQLException {
        Path shop = Fixtures.copy("shop");
        Path migrations = shop.resolve("db/migrations");

        // Nothing is compiled yet: the goal compiles the project before it reads the entities.
        Mvn.Result revision = mvn.run(shop, "autogen:revision", "-Dautogen.message=Create customers");
        assertTrue(revision.succeeded(), revision.output());
        List<Path> files = Fixtures.files(migrations);
        assertEquals(1, files.size(), revision.output());
        String first = Fixtures.read(files.get(0));
        assertTrue(files.get(0).getFileName().toString().endsWith("_create_customers.java"), files.toString());
        assertTrue(first.contains("op.createTable(\"customers\""), first);
        assertTrue(revision.output().contains("[INFO] Wrote db/migrations/" + files.get(0).getFileName()),
                revision.output());

        Mvn.Result inSync = mvn.run(shop, "autogen:check");
        assertTrue(inSync.succeeded(), inSync.output());
        assertTrue(inSync.output().contains("[INFO] In sync: the entities match the migrations in " + migrations),
                inSync.output());

        // An entity edited and not compiled: check compiles it, so the new column is a difference.
        addEmailTo(shop);
        Mvn.Result drift = mvn.run(shop, "autogen:check");
        assertEquals(1, drift.exitCode(), drift.output());
        assertTrue(drift.output().contains("add column public.customers.email character varying(200)"),
                drift.output());
        assertTrue(drift.output().contains("[ERROR] Failed to execute goal autogen:autogen-maven-plugin:"
                + Mvn.property("autogen.it.version") + ":check (default-cli) on project shop: 1 difference between"
                + " the entities and the migrations in " + migrations), drift.output());

        String database = EmbeddedServer.shared().createDatabase("maven_plugin_" + ProcessHandle.current().pid());
        Mvn.Result upgrade = mvn.run(shop, "autogen:upgrade", "-Dautogen.database=" + database);
        assertTrue(upgrade.succeeded(), upgrade.output());
        assertTrue(upgrade.output().contains("[INFO] Done: "), upgrade.output());
        assertTrue(columns(database, "customers").containsAll(List.of("id", "name")), upgrade.output());
        assertFalse(columns(database, "customers").contains("email"));

        // The database now holds the first migration and the entities one more column: a second one adds it.
        Mvn.Result second = mvn.run(shop, "autogen:revision", "-Dautogen.message=Add email",
                "-Dautogen.database=" + database);
        assertTrue(second.succeeded(), second.output());
        assertEquals(2, Fixtures.files(migrations).size(), second.output());
        Mvn.Result applied = mvn.run(shop, "autogen:upgrade", "autogen:check", "autogen:status",
                "-Dautogen.database=" + database);
        assertTrue(applied.succeeded(), applied.output());
        assertTrue(columns(database, "customers").contains("email"), applied.output());
        assertTrue(applied.output().contains("[INFO] In sync: the entities match postgresql://"), applied.output());
        assertTrue(applied.output().contains("[INFO] 2 migrations, 0 pending, on postgresql://"), applied.output());

        Mvn.Result reverted = mvn.run(shop, "autogen:downgrade", "-Dautogen.target=-1", "autogen:sql",
                "-Dautogen.output=target/schema.sql", "-Dautogen.database=" + database);
        assertTrue(reverted.succeeded(), reverted.output());
        assertFalse(columns(database, "customers").contains("email"), reverted.output());
        String script = Fixtures.read(shop.resolve("target/schema.sql"));
        assertTrue(script.contains("create table customers") && script.contains("add column email"), script);
    }

    @Test
    void aDatabaseOutOfReachFailsTheBuildWithOneLineAndNoPassword() {
        Path shop = Fixtures.copy("shop");
        String password = "Pl41n-t3xt-s3cret";
        // Port 1 on this host: nothing listens there, so the connection is refused at once.
        Mvn.Result result = mvn.run(shop, "autogen:check",
                "-Dautogen.database=postgresql://shop:" + password + "@127.0.0.1:1/shop");
        assertEquals(1, result.exitCode(), result.output());
        assertFalse(result.output().contains(password), result.output());
        List<String> failure = result.output().lines().filter(l -> l.startsWith("[ERROR] Failed to execute goal"))
                .toList();
        assertEquals(1, failure.size(), result.output());
        assertTrue(failure.get(0).contains("on project shop: cannot connect to postgresql://127.0.0.1:1/shop: "),
                failure.get(0));
    }

    @Test
    void theSampleAppIsInSyncThroughThePluginItsPomDeclares() {
        Path checkout = Fixtures.WORK.resolve("checkout");
        Fixtures.deleteTree(checkout);
        Fixtures.copyCheckout(checkout, List.of("pom.xml", "sample-app/pom.xml", "sample-app/autogen.properties",
                "sample-app/migrations", "sample-app/src"));
        Mvn.Result check = mvn.run(checkout.resolve("sample-app"), "autogen:check");
        assertTrue(check.succeeded(), check.output());
        assertTrue(check.output().contains("[INFO] In sync: the entities match the migrations in "
                + checkout.resolve("sample-app/migrations")), check.output());
    }

    /** A new field in the entity's source, left uncompiled. */
    private static void addEmailTo(Path shop) {
        Path customer = shop.resolve("src/main/java/shop/Customer.java");
        String source = Fixtures.read(customer);
        String edited = source.replace("    // the test adds a field here",
                "    @Column(length = 200)\n    private String email;");
        assertFalse(edited.equals(source), "the fixture's entity lost its marker line");
        Fixtures.write(customer, edited);
    }

    private static List<String> columns(String jdbcUrl, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             ResultSet rows = c.getMetaData().getColumns(null, "public", table, null)) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString("COLUMN_NAME"));
            }
            return names;
        }
    }
}

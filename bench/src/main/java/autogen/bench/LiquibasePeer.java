package autogen.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.compare.CompareControl;
import liquibase.structure.core.Catalog;

/**
 * Child-process entry point for the Liquibase peer: Liquibase core's diff of one database (the reference)
 * against another, as {@code liquibase diff} computes it (both snapshots, then the comparison). Against a copy
 * of the benchmark database it is the drift check {@code autogen check} makes: both sides hold the whole schema.
 * Prints the in-JVM time and the number of schema differences found.
 *
 * <p>Arguments: JDBC URL of the reference database, JDBC URL of the database compared with it.
 */
public final class LiquibasePeer {
    private LiquibasePeer() {
    }

    public static void main(String[] args) throws Exception {
        // No usage reporting or banner: the benchmark has no network, and a lookup would only add noise.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        long start = System.nanoTime();
        try (Connection referenceConnection = DriverManager.getConnection(args[0]);
             Connection comparedConnection = DriverManager.getConnection(args[1])) {
            DatabaseFactory factory = DatabaseFactory.getInstance();
            Database reference = factory.findCorrectDatabaseImplementation(new JdbcConnection(referenceConnection));
            Database compared = factory.findCorrectDatabaseImplementation(new JdbcConnection(comparedConnection));
            DiffResult diff = DiffGeneratorFactory.getInstance().compare(reference, compared,
                    CompareControl.STANDARD);
            // The databases' own names differ (Liquibase's catalog): not a difference of the schema.
            long changed = diff.getChangedObjects().keySet().stream().filter(o -> !(o instanceof Catalog)).count();
            long differences = diff.getMissingObjects().size() + diff.getUnexpectedObjects().size() + changed;
            System.out.println("INFO differences " + differences);
            System.out.printf("RESULT liquibase.diff 0 %.3f%n", (System.nanoTime() - start) / 1e6);
        }
    }
}

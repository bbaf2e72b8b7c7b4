package autogen.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.compare.CompareControl;

/**
 * Child-process entry point for the Liquibase peer: Liquibase core's diff of the benchmark database (the
 * reference) against an empty one, as {@code liquibase diff} computes it (both snapshots, then the
 * comparison). Prints the in-JVM time and the number of objects found missing.
 *
 * <p>Arguments: JDBC URL of the reference database, JDBC URL of the empty database.
 */
public final class LiquibasePeer {
    private LiquibasePeer() {
    }

    public static void main(String[] args) throws Exception {
        // No usage reporting or banner: the benchmark has no network, and a lookup would only add noise.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        long start = System.nanoTime();
        try (Connection ref = DriverManager.getConnection(args[0]);
             Connection empty = DriverManager.getConnection(args[1])) {
            DatabaseFactory factory = DatabaseFactory.getInstance();
            Database reference = factory.findCorrectDatabaseImplementation(new JdbcConnection(ref));
            Database comparison = factory.findCorrectDatabaseImplementation(new JdbcConnection(empty));
            DiffResult diff = DiffGeneratorFactory.getInstance().compare(reference, comparison,
                    CompareControl.STANDARD);
            System.out.println("INFO missing_objects " + diff.getMissingObjects().size());
            System.out.printf("RESULT liquibase.diff 0 %.3f%n", (System.nanoTime() - start) / 1e6);
        }
    }
}

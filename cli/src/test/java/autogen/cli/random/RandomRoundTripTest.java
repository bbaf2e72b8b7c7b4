package autogen.cli.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.cli.Catalogs;
import autogen.cli.UsersPath;
import autogen.codegen.OperationDescriber;
import autogen.runner.HistorySql;
import autogen.diff.SchemaDiffer;
import autogen.introspect.IntrospectionScope;
import autogen.introspect.PostgresIntrospector;
import autogen.introspect.TargetNormalizer;
import autogen.introspect.embedded.EmbeddedServer;
import autogen.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded random pairs of schema models A and B: build A, migrate A to B, and the catalog is B; re-diff is
 * empty; downgrade, and the catalog is A again. Each plan goes the users' way: written as a migration file,
 * compiled and run by the runner. 200 cases by default, 5,000 with {@code -Prandom-5000}; a failure names its
 * seed and the one command that replays it.
 */
class RandomRoundTripTest {
    private static final int CASES = Integer.getInteger("autogen.random.cases", 200);
    private static final Long REPLAY = Long.getLong("autogen.random.seed");
    private static final IntrospectionScope SCOPE =
            IntrospectionScope.of("public", RandomSchemas.OTHER_SCHEMA).excluding(HistorySql.DEFAULT_TABLE);

    private static Connection connection;
    private final SchemaDiffer differ = new SchemaDiffer();

    @BeforeAll
    static void connect() throws SQLException {
        EmbeddedServer server = EmbeddedServer.shared();
        connection = DriverManager.getConnection(server.createDatabase("random_" + ProcessHandle.current().pid()));
    }

    @AfterAll
    static void disconnect() throws SQLException {
        connection.close();
    }

    @TestFactory
    Stream<DynamicTest> randomSchemaPairsRoundTrip() {
        LongStream seeds = REPLAY != null ? LongStream.of(REPLAY) : LongStream.rangeClosed(1, CASES);
        return seeds.mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> roundTrip(seed)));
    }

    private void roundTrip(long seed) throws Exception {
        try {
            reset();
            RandomSchemas random = new RandomSchemas(seed);
            Schema a = random.schema();
            Schema b = random.edit(a);
            TargetNormalizer normalizer = new TargetNormalizer();

            try (UsersPath users = new UsersPath(connection)) {
                Schema canonicalA = normalizer.normalize(connection, a);
                users.upgrade(differ.diff(introspect(), canonicalA));
                assertSame(canonicalA, introspect(), "A built");

                Schema canonicalB = normalizer.normalize(connection, b);
                users.upgrade(differ.diff(introspect(), canonicalB));
                assertSame(canonicalB, introspect(), "upgrade gives B");
                assertTrue(differ.diff(introspect(), canonicalB).isEmpty(), "re-diff is empty");

                users.downgradeLast();
                assertSame(canonicalA, introspect(), "downgrade gives A back");
            }
        } catch (AssertionError | Exception e) {
            throw new AssertionError("seed " + seed + " failed; replay it with: mvn -pl cli test "
                    + "-Dtest=RandomRoundTripTest -Dautogen.random.seed=" + seed + " -- " + e.getMessage(), e);
        }
    }

    /**
     * Equal models up to column order (PostgreSQL appends a column re-added by a downgrade, and column order is
     * no difference), or a failure that lists what differs as the operations between them.
     */
    private void assertSame(Schema expected, Schema actual, String step) {
        if (!Catalogs.columnsByName(expected).equals(Catalogs.columnsByName(actual))) {
            List<String> differences = differ.diff(actual, expected).up().stream()
                    .map(OperationDescriber::describe).toList();
            assertEquals(expected, actual, step + ": " + (differences.isEmpty()
                    ? "equal up to order or names" : String.join("; ", differences)));
        }
    }


    private Schema introspect() throws SQLException {
        return new PostgresIntrospector().read(connection, SCOPE);
    }


    private static void reset() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("drop schema if exists " + RandomSchemas.OTHER_SCHEMA + " cascade");
            st.execute("drop schema public cascade");
            st.execute("create schema public");
        }
    }
}

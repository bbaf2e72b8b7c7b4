package autogen.introspect;

import autogen.introspect.embedded.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh databases on the shared embedded server, one per test. */
final class TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabase() {
    }

    static Connection fresh(String prefix) throws SQLException {
        String url = EmbeddedServer.shared().createDatabase(prefix + "_" + COUNTER.incrementAndGet());
        return DriverManager.getConnection(url);
    }

    /** One more connection to the database of {@code c}. */
    static Connection another(Connection c) throws SQLException {
        return DriverManager.getConnection(c.getMetaData().getURL());
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

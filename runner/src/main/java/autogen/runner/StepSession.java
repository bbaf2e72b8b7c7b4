package autogen.runner;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection's settings for the length of a step, restored after it: a migration may rightly take longer
 * than any read timeout (an index build), so it runs without one; its statements wait for a table's lock and run
 * no longer than the configured lock and statement timeouts, so that a blocked {@code ALTER} fails fast instead
 * of queueing every query of the application behind it.
 */
record StepSession(Connection connection, boolean autoCommit, int readTimeout, String lockTimeout,
                   String statementTimeout) implements AutoCloseable {
    static StepSession open(Connection connection, MigrationRunner.Options options) throws SQLException {
        String lock;
        String statement;
        try (java.sql.Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery(HistorySql.TIMEOUTS)) {
            rs.next();
            lock = rs.getString(1);
            statement = rs.getString(2);
        }
        StepSession session = new StepSession(connection, connection.getAutoCommit(), connection.getNetworkTimeout(),
                lock, statement);
        setTimeouts(connection, options.lockTimeout().toMillis() + "ms",
                options.statementTimeout().toMillis() + "ms");
        connection.setNetworkTimeout(Runnable::run, 0);
        return session;
    }

    private static void setTimeouts(Connection connection, String lock, String statement) throws SQLException {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute(HistorySql.setTimeouts(lock, statement));
        }
    }

    @Override
    public void close() throws SQLException {
        connection.setAutoCommit(autoCommit);
        setTimeouts(connection, lockTimeout, statementTimeout);
        connection.setNetworkTimeout(Runnable::run, readTimeout);
    }
}

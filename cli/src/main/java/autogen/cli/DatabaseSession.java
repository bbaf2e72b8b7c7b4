package autogen.cli;

import autogen.cache.CacheFolder;
import autogen.introspect.embedded.EmbeddedServer;
import autogen.runner.AutogenException;
import autogen.runner.ExitCodes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A connection to the database a command works on: the configured one, or a throwaway embedded PostgreSQL
 * that is removed on close.
 */
public final class DatabaseSession implements AutoCloseable {
    /** Opens one more connection to the same database as the same user. */
    @FunctionalInterface
    private interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connector;
    private final Connection connection;
    private final List<Connection> others = new ArrayList<>();
    private final Optional<EmbeddedServer> server;
    private final String description;

    private DatabaseSession(Connector connector, Optional<EmbeddedServer> server, String description)
            throws SQLException {
        this.connector = connector;
        this.connection = connector.open();
        this.server = server;
        this.description = description;
    }

    /** Connects to {@code url}, failing with one line that names the database but never a password. */
    public static DatabaseSession connect(DatabaseUrl url) {
        Properties properties = new Properties();
        url.user().ifPresent(u -> properties.setProperty("user", u));
        url.password().ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("ApplicationName", "autogen");
        try {
            return new DatabaseSession(() -> DriverManager.getConnection(url.jdbcUrl(), properties),
                    Optional.empty(), url.display());
        } catch (SQLException e) {
            throw new AutogenException(ExitCodes.DATABASE, "cannot connect to " + url.display() + ": "
                    + firstSentence(e.getMessage()), e);
        }
    }

    /**
     * Starts a throwaway embedded PostgreSQL and works in the empty database it comes with, from the initialised
     * data directory in autogen's cache folder when there is one (it skips initdb, most of the start-up time).
     */
    public static DatabaseSession throwaway() {
        EmbeddedServer server = CacheFolder.forUser(System.getenv())
                .map(folder -> EmbeddedServer.startFromTemplate(folder.resolve("postgres")))
                .orElseGet(EmbeddedServer::start);
        try {
            // The server holds nothing else and goes with this session, so its own database serves: creating
            // another would copy template1's files first.
            String jdbc = server.ownDatabaseUrl();
            Properties properties = new Properties();
            properties.setProperty("user", server.user());
            return new DatabaseSession(() -> DriverManager.getConnection(jdbc, properties), Optional.of(server),
                    "the throwaway embedded PostgreSQL");
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw new AutogenException(ExitCodes.DATABASE, "cannot use the embedded PostgreSQL: "
                    + firstSentence(e.getMessage()), e);
        }
    }

    public Connection connection() {
        return connection;
    }

    /**
     * One more connection to the same database, for work that runs beside the main one, closed with the session;
     * none when the server refuses it (a connection limit on the role or the database, a full server), and then
     * that work has to run on the main connection.
     */
    public synchronized Optional<Connection> spareConnection() {
        try {
            Connection other = connector.open();
            others.add(other);
            return Optional.of(other);
        } catch (SQLException refused) {
            return Optional.empty();
        }
    }

    public boolean isThrowaway() {
        return server.isPresent();
    }

    /** What to call this database in messages. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        List<Connection> all = new ArrayList<>(List.of(connection));
        synchronized (this) {
            all.addAll(others);
        }
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing is best effort; the server side ends the session when the socket goes.
            }
        }
        server.ifPresent(EmbeddedServer::close);
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.lines().findFirst().orElse(message);
        int end = line.indexOf(". ");
        return end > 0 ? line.substring(0, end + 1) : line;
    }
}

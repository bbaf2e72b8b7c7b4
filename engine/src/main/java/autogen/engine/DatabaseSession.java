package autogen.engine;

import autogen.cache.CacheFolder;
import autogen.introspect.embedded.EmbeddedServer;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A connection to the database a command works on: the configured one, or a throwaway embedded PostgreSQL
 * that is removed on close. Every connection waits for an answer at most the read timeout; work done through
 * {@link #call} that fails because the database went silent or away fails with one line saying so.
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
    private final Timeouts timeouts;
    private Optional<Path> keep = Optional.empty();

    private DatabaseSession(Connector connector, Optional<EmbeddedServer> server, String description,
                            Timeouts timeouts) throws SQLException {
        this.connector = connector;
        this.connection = connector.open();
        this.server = server;
        this.description = description;
        this.timeouts = timeouts;
    }

    /** Connects to {@code url}, failing with one line that names the database but never a password. */
    public static DatabaseSession connect(DatabaseUrl url, Timeouts timeouts) {
        Properties properties = properties(timeouts);
        url.user().ifPresent(u -> properties.setProperty("user", u));
        url.password().ifPresent(p -> properties.setProperty("password", p));
        try {
            return new DatabaseSession(() -> DriverManager.getConnection(url.jdbcUrl(), properties),
                    Optional.empty(), url.display(), timeouts);
        } catch (SQLException e) {
            throw new AutogenException(Failure.DATABASE, "cannot connect to " + url.display() + ": "
                    + (timedOut(e) ? "no answer within " + DurationText.describe(timeouts.connect())
                    + " (connect.timeout, --connect-timeout)" : firstSentence(e.getMessage())), e);
        }
    }

    /**
     * Starts a throwaway embedded PostgreSQL and works in the empty database it comes with, from the initialised
     * data directory in autogen's cache folder when there is one (it skips initdb, most of the start-up time).
     */
    public static DatabaseSession throwaway(Timeouts timeouts) {
        return throwaway(timeouts, Optional.empty());
    }

    /** A throwaway PostgreSQL started from {@code snapshot}, a data directory a shadow database left, if given. */
    static DatabaseSession throwaway(Timeouts timeouts, Optional<Path> snapshot) {
        EmbeddedServer server = snapshot.map(EmbeddedServer::startFromSnapshot).orElseGet(() ->
                CacheFolder.forUser(System.getenv())
                        .map(folder -> EmbeddedServer.startFromTemplate(folder.resolve("postgres")))
                        .orElseGet(EmbeddedServer::start));
        try {
            // The server holds nothing else and goes with this session, so its own database serves: creating
            // another would copy template1's files first.
            String jdbc = server.ownDatabaseUrl();
            Properties properties = properties(timeouts);
            properties.setProperty("user", server.user());
            return new DatabaseSession(() -> DriverManager.getConnection(jdbc, properties), Optional.of(server),
                    "the throwaway embedded PostgreSQL", timeouts);
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw new AutogenException(Failure.DATABASE, "cannot use the embedded PostgreSQL: "
                    + firstSentence(e.getMessage()), e);
        }
    }

    private static Properties properties(Timeouts timeouts) {
        Properties properties = new Properties();
        // connectTimeout bounds the TCP connect; loginTimeout the whole login, so a server that accepts the
        // connection and never answers cannot hold autogen either; socketTimeout any later read. All three count
        // whole seconds, so a shorter limit is rounded up rather than to 0, which is none.
        properties.setProperty("connectTimeout", String.valueOf(DurationText.wholeSeconds(timeouts.connect())));
        properties.setProperty("loginTimeout", String.valueOf(DurationText.wholeSeconds(timeouts.connect())));
        properties.setProperty("socketTimeout", String.valueOf(DurationText.wholeSeconds(timeouts.read())));
        properties.setProperty("ApplicationName", "autogen");
        return properties;
    }

    public Connection connection() {
        return connection;
    }

    public Timeouts timeouts() {
        return timeouts;
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

    /** The URL of a throwaway database, for another session to reach it (a check, a person with psql). */
    public Optional<DatabaseUrl> throwawayUrl() {
        return server.map(s -> new DatabaseUrl(s.ownDatabaseUrl(), Optional.of(s.user()), Optional.empty(),
                s.ownDatabaseUrl()));
    }

    public boolean isThrowaway() {
        return server.isPresent();
    }

    /** What to call this database in messages. */
    public String description() {
        return description;
    }

    /** Work on the database that may fail with any exception. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work} on this database. When it fails because the database stopped answering or the connection
     * broke, the failure becomes one line naming the database (a migration's own failure keeps its words: it says
     * what was rolled back); another database error becomes one line too, and anything else is rethrown.
     */
    public <T> T call(Work<T> work) {
        try {
            return work.run();
        } catch (AutogenException e) {
            throw e.failure() == Failure.MIGRATION_FAILED ? e : connectionFailure(e).orElse(e);
        } catch (RuntimeException e) {
            throw connectionFailure(e).map(RuntimeException.class::cast).orElse(e);
        } catch (SQLException e) {
            throw connectionFailure(e).orElseGet(() -> new AutogenException(Failure.DATABASE,
                    "reading " + description + " failed: " + firstSentence(e.getMessage()), e));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<AutogenException> connectionFailure(Throwable failure) {
        if (timedOut(failure)) {
            return Optional.of(new AutogenException(Failure.DATABASE, description + " did not answer within "
                    + DurationText.describe(timeouts.read()) + " (read.timeout, --read-timeout)", failure));
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // SQLSTATE class 08 is a connection exception: the server went away or the network broke.
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return Optional.of(new AutogenException(Failure.DATABASE, "lost the connection to " + description
                        + ": " + firstSentence(sql.getMessage()), failure));
            }
        }
        return Optional.empty();
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // The driver's login timeout says so in words; a read that waited too long carries the socket's timeout.
            if (t instanceof SocketTimeoutException
                    || (t instanceof SQLException && String.valueOf(t.getMessage()).contains("timed out"))) {
                return true;
            }
        }
        return false;
    }

    /** On close, a throwaway server's data directory is kept as {@code snapshot} for later servers to start from. */
    synchronized void keepOnClose(Path snapshot) {
        keep = Optional.of(snapshot);
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
        Optional<Path> snapshot;
        synchronized (this) {
            snapshot = keep;
        }
        server.ifPresent(s -> snapshot.ifPresentOrElse(s::stopAndKeep, s::close));
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

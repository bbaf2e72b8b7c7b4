package autogen.runner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The session-level advisory lock that every command changing a database holds from before it reads the version
 * table until it is done, so that of several upgrades started at once, one applies each migration and the others
 * then find nothing left to do. A wait for it is bounded and names who holds it.
 */
public final class MigrationLock implements AutoCloseable {
    /** How often a waiting command asks again: the lock is free within this of its release. */
    private static final Duration POLL = Duration.ofMillis(100);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Connection connection;

    private MigrationLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Takes the lock on {@code connection}'s database, waiting at most {@code wait} ({@link Duration#ZERO}: without
     * limit) for another session to release it; {@code progress} hears once that this command waits, and for whom.
     *
     * @throws AutogenException {@link ExitCodes#LOCKED} when the wait runs out, naming the holder
     */
    public static MigrationLock take(Connection connection, Duration wait, Consumer<String> progress) {
        try {
            Instant deadline = Instant.now().plus(wait);
            boolean told = false;
            while (!tryLock(connection)) {
                String holder = holder(connection).orElse("another session");
                if (!wait.isZero() && Instant.now().isAfter(deadline)) {
                    throw new AutogenException(Failure.LOCKED, "another command holds the migration lock: "
                            + holder + "; gave up after " + (wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s"
                            : wait.toMillis() + " ms") + " (lock.wait, --lock-wait)");
                }
                if (!told) {
                    progress.accept("waiting for the migration lock, held by " + holder);
                    told = true;
                }
                Thread.sleep(POLL.toMillis());
            }
            watchForADeadClient(connection);
            return new MigrationLock(connection);
        } catch (SQLException e) {
            throw new AutogenException(Failure.DATABASE, "cannot take the migration lock: "
                    + MigrationRunner.firstLine(e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException(Failure.LOCKED, "interrupted while waiting for the migration lock", e);
        }
    }

    /**
     * A runner killed while the server works on its statement leaves a session that would hold the lock, and the
     * migration's transaction, until the statement ends. PostgreSQL 14 and later can check for the client while a
     * statement runs ({@code client_connection_check_interval}): then the session ends within a second of the
     * runner, its transaction rolled back and the lock free. Older servers do not know the setting.
     */
    private static void watchForADeadClient(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute(HistorySql.CHECK_CLIENT);
        } catch (SQLException olderServer) {
            // In auto-commit, a statement the server refuses leaves nothing behind.
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(HistorySql.TRY_LOCK)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** "pid 4242 (user app, application autogen, from 10.0.0.5, connected 2026-12-06 10:00:00 UTC)". */
    private static Optional<String> holder(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(HistorySql.LOCK_HOLDER)) {
            if (!rs.next()) {
                return Optional.empty();
            }
            List<String> facts = new ArrayList<>();
            // Without pg_read_all_stats, a role sees only the pid of another role's session.
            Optional.ofNullable(rs.getString(2)).ifPresent(user -> facts.add("user " + user));
            Optional.ofNullable(rs.getString(3)).filter(a -> !a.isEmpty())
                    .ifPresent(a -> facts.add("application " + a));
            Optional.ofNullable(rs.getString(4)).ifPresent(from -> facts.add("from " + from));
            Optional.ofNullable(rs.getTimestamp(5))
                    .ifPresent(since -> facts.add("connected " + TIME.format(since.toInstant())));
            return Optional.of("pid " + rs.getInt(1) + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")"));
        }
    }

    /** Releases the lock; a connection that is gone has released it already. */
    @Override
    public void close() {
        try (Statement st = connection.createStatement()) {
            st.execute(HistorySql.UNLOCK);
        } catch (SQLException ignored) {
            // The server releases a session's advisory locks when the session ends.
        }
    }
}

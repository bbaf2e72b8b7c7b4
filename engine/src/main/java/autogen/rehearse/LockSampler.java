package autogen.rehearse;

import autogen.migration.NameText;
import autogen.schema.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Watches the locks one session (the runner's) holds and waits for, from {@code pg_locks} on a connection of its
 * own, every {@value #INTERVAL_MILLIS} ms and whenever asked: each lock is seen from the sample that first shows it
 * to the first that no longer does, and belongs to the step running when it first showed. A statement that runs in
 * the migration's transaction keeps its locks until the commit, so the sample taken as it ends sees them however
 * short it was; a lock taken and let go between two samples outside a transaction goes unseen.
 */
final class LockSampler implements AutoCloseable {
    static final int INTERVAL_MILLIS = 5;

    /** A lock seen: on what, in which mode, granted or waited for, from when, owned by which step. */
    record Seen(String relation, String mode, boolean granted, long fromNanos, long toNanos, Object owner) {
    }

    private record Key(String relation, String mode, boolean granted) {
    }

    private final Connection connection;
    private final PreparedStatement query;
    private final Supplier<Object> currentStep;
    private final Map<Key, long[]> open = new HashMap<>();
    private final Map<Key, Object> owners = new HashMap<>();
    private final List<Seen> closed = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private SQLException failure;

    LockSampler(Connection connection, int pid, Set<String> historyTables, Supplier<Object> currentStep)
            throws SQLException {
        this.connection = connection;
        this.query = connection.prepareStatement(RehearsalSql.locks(historyTables));
        this.query.setInt(1, pid);
        this.currentStep = currentStep;
        this.thread = new Thread(this::loop, "autogen-lock-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Takes a sample now. */
    synchronized void sample() {
        if (failure != null) {
            return;
        }
        Set<Key> present = new HashSet<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                present.add(new Key(NameText.of(new QualifiedName(rs.getString(1), rs.getString(2))),
                        mode(rs.getString(3)), rs.getBoolean(4)));
            }
        } catch (SQLException e) {
            failure = e;
            return;
        }
        long now = System.nanoTime();
        for (Key key : present) {
            if (!open.containsKey(key)) {
                open.put(key, new long[] {now});
                owners.put(key, currentStep.get());
            }
        }
        open.entrySet().removeIf(entry -> {
            if (present.contains(entry.getKey())) {
                return false;
            }
            Key key = entry.getKey();
            closed.add(new Seen(key.relation(), key.mode(), key.granted(), entry.getValue()[0], now,
                    owners.remove(key)));
            return true;
        });
    }

    /** The locks seen so far and let go since, each with the step that took it. */
    synchronized List<Seen> seen() {
        return List.copyOf(closed);
    }

    /** Why sampling stopped, when the server refused it. */
    synchronized Optional<String> failure() {
        return Optional.ofNullable(failure).map(SQLException::getMessage);
    }

    /** {@code RowExclusiveLock} as a reader of PostgreSQL's documentation writes it: {@code ROW EXCLUSIVE}. */
    static String mode(String lockMode) {
        String name = lockMode.endsWith("Lock") ? lockMode.substring(0, lockMode.length() - 4) : lockMode;
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
    }
}

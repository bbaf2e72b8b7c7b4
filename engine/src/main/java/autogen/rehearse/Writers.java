package autogen.rehearse;

import autogen.schema.Column;
import autogen.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Synthetic traffic for {@code --writers N}: N sessions that each, over and over, lock one row of a table as a
 * single-row {@code UPDATE} would (the table's lock and the row's) in a short transaction rolled back, so no row
 * changes. The longest any of them waited while a step ran is what the application would have felt.
 */
final class Writers implements AutoCloseable {
    /** The rows a writer picks from: a table with a one-column primary key and some of its keys. */
    record Target(Table table, String key, String type, List<String> keys) {
    }

    private static final int KEYS_PER_TABLE = 1000;
    private static final String UNDEFINED_TABLE = "42P01";

    private final Map<Object, Long> longest = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Supplier<Object> currentStep;
    private volatile boolean running = true;

    private Writers(Supplier<Object> currentStep) {
        this.currentStep = currentStep;
    }

    /** The tables writers can pick rows of: those with rows and a one-column primary key. */
    static List<Target> targets(Connection c, List<Table> tables) throws SQLException {
        List<Target> targets = new ArrayList<>();
        for (Table table : tables) {
            Optional<Column> key = table.primaryKey().filter(pk -> pk.columns().size() == 1)
                    .flatMap(pk -> table.columns().stream().filter(col -> col.name().equals(pk.columns().get(0)))
                            .findFirst());
            if (key.isEmpty()) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(RehearsalSql.sampleKeys(table, key.get().name(), KEYS_PER_TABLE))) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            if (!keys.isEmpty()) {
                targets.add(new Target(table, key.get().name(), key.get().type(), keys));
            }
        }
        return targets;
    }

    /** Starts one writer on each of {@code connections}. */
    static Writers start(List<Connection> connections, List<Target> targets, Supplier<Object> currentStep) {
        Writers writers = new Writers(currentStep);
        for (Connection c : connections) {
            Thread t = new Thread(() -> writers.write(c, new ArrayList<>(targets)), "autogen-writer");
            t.setDaemon(true);
            writers.threads.add(t);
            t.start();
        }
        return writers;
    }

    private void write(Connection c, List<Target> targets) {
        try {
            c.setAutoCommit(false);
            while (running && !targets.isEmpty()) {
                Target target = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
                Object step = currentStep.get();
                long started = System.nanoTime();
                try (Statement lock = c.createStatement();
                     PreparedStatement row = c.prepareStatement(RehearsalSql.lockRow(target.table(), target.key(),
                             target.type()))) {
                    lock.execute(RehearsalSql.lockTable(target.table()));
                    row.setString(1, target.keys().get(ThreadLocalRandom.current().nextInt(target.keys().size())));
                    row.executeQuery().close();
                } catch (SQLException e) {
                    if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                        // A migration dropped or renamed it: the application would stop writing there too.
                        targets.remove(target);
                    }
                } finally {
                    c.rollback();
                }
                long waited = (System.nanoTime() - started) / 1_000_000;
                if (step != null) {
                    longest.merge(step, waited, Math::max);
                }
                Thread.sleep(2);
            }
        } catch (SQLException | InterruptedException e) {
            // The writer stops; the figures it gave stand.
        }
    }

    /** The longest write wait while {@code step} ran, when a writer wrote then. */
    Optional<Long> longestWait(Object step) {
        return Optional.ofNullable(longest.get(step));
    }

    @Override
    public void close() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

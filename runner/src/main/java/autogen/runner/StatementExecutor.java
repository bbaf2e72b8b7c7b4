package autogen.runner;

import autogen.migration.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** Runs a migration's statements one by one, turning PostgreSQL's refusal into one line with what to do. */
final class StatementExecutor {
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String QUERY_CANCELED = "57014";

    private final Connection connection;
    private final MigrationRunner.Options options;
    private final StepObserver observer;

    StatementExecutor(Connection connection, MigrationRunner.Options options, StepObserver observer) {
        this.connection = connection;
        this.options = options;
        this.observer = observer;
    }

    /** Runs statement {@code index} (from 0) of {@code statements}. */
    void execute(List<Statement> statements, int index) {
        Statement statement = statements.get(index);
        observer.statementStarting(index + 1);
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute(statement.sql());
        } catch (SQLException e) {
            throw new Failure(MigrationRunner.firstLine(e.getMessage()) + " (in: "
                    + MigrationRunner.firstLine(statement.sql()) + ")" + advice(e), e);
        } finally {
            observer.statementEnded(index + 1);
        }
    }

    /** What to do when a statement ran out of one of the step's timeouts. */
    private String advice(SQLException e) {
        if (LOCK_NOT_AVAILABLE.equals(e.getSQLState()) && !options.lockTimeout().isZero()) {
            return "; it waited the lock timeout (" + seconds(options.lockTimeout()) + ") for a lock another session"
                    + " holds on the table: run it when the table is less busy, or raise lock.timeout"
                    + " (--lock-timeout)";
        }
        if (QUERY_CANCELED.equals(e.getSQLState()) && e.getMessage().contains("statement timeout")) {
            return "; it ran longer than the statement timeout (" + seconds(options.statementTimeout())
                    + "): raise statement.timeout (--statement-timeout)";
        }
        return "";
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** A statement PostgreSQL refused, carried out of the loop with what to say of it. */
    static final class Failure extends RuntimeException {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

package autogen.engine;

import java.time.Duration;

/**
 * How long autogen waits on a database: to connect and log in, for any answer while reading, for the migration
 * lock another command holds; and how long a migration's statement may wait for a table's lock and run.
 * {@link Duration#ZERO} waits without a limit.
 */
public record Timeouts(Duration connect, Duration read, Duration lockWait, Duration lockTimeout,
                       Duration statementTimeout) {
    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60),
            Duration.ofSeconds(120), Duration.ofSeconds(10), Duration.ofHours(1));

    /** Waits on the database, with the default timeouts of a migration's statements. */
    public Timeouts(Duration connect, Duration read, Duration lockWait) {
        this(connect, read, lockWait, DEFAULT.lockTimeout(), DEFAULT.statementTimeout());
    }
}

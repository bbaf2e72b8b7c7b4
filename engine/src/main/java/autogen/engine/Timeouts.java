package autogen.engine;

import autogen.runner.AutogenException;
import autogen.runner.Failure;
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

    /** A setting's value in whole seconds; {@code where} names the setting in the refusal. */
    static Duration seconds(String text, String where) {
        try {
            long seconds = Long.parseLong(text.trim());
            if (seconds >= 0 && seconds <= Integer.MAX_VALUE) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException notANumber) {
            // Refused below, with the same words.
        }
        throw new AutogenException(Failure.BAD_INPUT, where + " must be a whole number of seconds (0 for no limit),"
                + " not '" + text.trim() + "'");
    }

    /** A duration as users wrote it, for messages: "10 s". */
    static String describe(Duration duration) {
        return duration.toSeconds() + " s";
    }
}

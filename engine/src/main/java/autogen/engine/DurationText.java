package autogen.engine;

import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as people write it for PostgreSQL's {@code lock_timeout}: a number with one of PostgreSQL's time units
 * ({@code 500ms}, {@code 2s}, {@code 1min}, {@code 1h}, also {@code us} and {@code d}), or a bare number of seconds.
 * The one parser of every timeout autogen reads, from a flag, an environment variable or the configuration file.
 */
final class DurationText {
    /** What a refusal shows: the forms a duration may take. */
    static final String FORMS = "a number with a unit (500ms, 2s, 1min, 1h; us, ms, s, min, h, d), or a bare number"
            + " of seconds; 0 waits without a limit";
    private static final Pattern SHAPE = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*([a-z]*)");
    /** PostgreSQL's time units in microseconds; no unit is seconds. */
    private static final Map<String, Long> MICROS = Map.of("us", 1L, "ms", 1_000L, "s", 1_000_000L,
            "min", 60_000_000L, "h", 3_600_000_000L, "d", 86_400_000_000L, "", 1_000_000L);
    /** The longest limit PostgreSQL's timeouts take: INT_MAX milliseconds. */
    private static final Duration LONGEST = Duration.ofMillis(Integer.MAX_VALUE);

    private DurationText() {
    }

    /**
     * The duration {@code text} says, {@code where} naming the flag or setting in a refusal. A limit shorter than a
     * millisecond is one millisecond: rounded down, it would be 0, which waits without a limit.
     */
    static Duration parse(String text, String where) {
        String trimmed = text.strip();
        Matcher m = SHAPE.matcher(trimmed);
        if (m.matches() && MICROS.containsKey(m.group(2))) {
            BigDecimal micros = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(MICROS.get(m.group(2))));
            long millis = micros.divide(BigDecimal.valueOf(1_000), 0, RoundingMode.CEILING)
                    .min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
            Duration duration = Duration.ofMillis(millis);
            if (duration.compareTo(LONGEST) <= 0) {
                return duration;
            }
            throw refused(where, trimmed, "longer than PostgreSQL's longest timeout (about 24 days)");
        }
        throw refused(where, trimmed, "not a duration");
    }

    private static AutogenException refused(String where, String text, String why) {
        return new AutogenException(Failure.BAD_INPUT, where + ": '" + text + "' is " + why + "; write " + FORMS);
    }

    /** A duration for messages: "10 s", or "500 ms" when it is not whole seconds. */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1_000 == 0 ? duration.toSeconds() + " s" : millis + " ms";
    }

    /** Whole seconds for a driver setting counted in seconds, rounded up: 0 would mean no limit. */
    static int wholeSeconds(Duration duration) {
        long seconds = duration.toSeconds() + (duration.toMillis() % 1_000 == 0 ? 0 : 1);
        return (int) Math.min(seconds, Integer.MAX_VALUE);
    }
}

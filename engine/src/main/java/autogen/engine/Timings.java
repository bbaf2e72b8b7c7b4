package autogen.engine;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Phase timings on stderr when {@code AUTOGEN_TIMINGS=1}: one line per phase, for the benchmark and for users.
 * Phases run side by side on helper threads, so each line also tells when the phase ended, counted from the
 * first phase's start.
 */
public final class Timings {
    private static final boolean ON = "1".equals(System.getenv("AUTOGEN_TIMINGS"));
    private static final PrintStream OUT = System.err;
    private static final long ORIGIN = System.nanoTime();

    private Timings() {
    }

    /** Runs {@code work}, which throws no checked exception, and prints how long it took when timings are on. */
    public static <T> T measure(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            print(phase, start);
        }
    }

    /** Runs {@code work}, and prints how long it took when timings are on. */
    static <T> T time(String phase, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        try {
            return work.call();
        } finally {
            print(phase, start);
        }
    }

    private static void print(String phase, long start) {
        if (ON) {
            long end = System.nanoTime();
            OUT.printf("timing %-12s %6d ms  (ends at %d ms)%n", phase, (end - start) / 1_000_000,
                    (end - ORIGIN) / 1_000_000);
        }
    }
}

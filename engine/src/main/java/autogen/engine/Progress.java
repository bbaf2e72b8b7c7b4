package autogen.engine;

import java.io.PrintStream;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * A line on stderr for a step that takes a while (starting the throwaway PostgreSQL, replaying the migrations,
 * reading the entities through Hibernate), so that a person at a terminal knows what autogen waits for: printed
 * once the step has run for a second, and only on a terminal. {@code AUTOGEN_PROGRESS=always} prints each such step
 * as it starts, for CI logs; {@code never} prints none.
 */
public final class Progress {
    private static final String MODE = System.getenv().getOrDefault("AUTOGEN_PROGRESS", "");
    private static final long AFTER_MILLIS = 1000;
    private static final PrintStream OUT = System.err;
    private static Timer timer;

    private Progress() {
    }

    /** Runs {@code work}, saying {@code doing} if it takes long enough to be worth saying. */
    public static <T> T of(String doing, Callable<T> work) throws Exception {
        if (MODE.equals("always")) {
            OUT.println("autogen: " + doing + "...");
            return work.call();
        }
        if (MODE.equals("never") || System.console() == null) {
            return work.call();
        }
        TimerTask saying = new TimerTask() {
            @Override
            public void run() {
                OUT.println("autogen: " + doing + "...");
            }
        };
        timer().schedule(saying, AFTER_MILLIS);
        try {
            return work.call();
        } finally {
            saying.cancel();
        }
    }

    /** The same for work that throws no checked exception. */
    public static <T> T ofUnchecked(String doing, Supplier<T> work) {
        try {
            return of(doing, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Timer timer() {
        if (timer == null) {
            timer = new Timer("autogen-progress", true);
        }
        return timer;
    }
}

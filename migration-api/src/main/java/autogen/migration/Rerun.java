package autogen.migration;

import java.util.List;
import java.util.Objects;

/**
 * How a statement that runs outside a transaction is finished when its process died while it ran (or just after,
 * before the history recorded it): the history knows exactly what a transaction committed, but not whether such
 * a statement got to its end. The answer comes from the database itself, never from hope.
 */
public sealed interface Rerun {
    /** It runs again as it is: once or twice comes to the same ({@code IF [NOT] EXISTS}, {@code VALIDATE}). */
    record AsIs() implements Rerun {
    }

    /**
     * {@code done}, a query of one boolean, says whether its effect is in place; if not, {@code cleanup} first
     * removes what a run cut short left (an index a concurrent build left invalid), then it runs again.
     */
    record UnlessDone(String done, List<String> cleanup) implements Rerun {
        public UnlessDone {
            Objects.requireNonNull(done, "done");
            cleanup = List.copyOf(cleanup);
        }
    }

    /** Nothing tells whether it ran (a statement written by hand): a person checks the database. */
    record Unknown() implements Rerun {
    }

    Rerun AS_IS = new AsIs();
    Rerun UNKNOWN = new Unknown();
}

package autogen.runner;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the history table: one step applied, reverted, stamped or repaired, with who, when and how it went;
 * for a migration that runs in parts, how many of its statements are done ({@code stepsDone}; -1 once an undo of
 * them began, which nothing records statement by statement).
 */
public record HistoryRow(long id, String revision, List<String> parents, Direction direction, List<String> heads,
                         String message, Optional<String> checksum, String databaseUser, Optional<String> osUser,
                         Optional<String> host, Instant startedAt, long executionMillis, Status status,
                         String autogenVersion, Optional<String> detail, int stepsDone) {
    public HistoryRow {
        parents = List.copyOf(parents);
        heads = List.copyOf(heads);
    }

    /** What a row records. */
    public enum Direction {
        UPGRADE, DOWNGRADE,
        /** Recorded as applied without running it. */
        STAMP,
        /** Recorded as not applied without running its downgrade. */
        UNSTAMP,
        /** The user accepted a changed source or an interrupted step. */
        REPAIR;

        String sql() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Direction of(String sql) {
            return valueOf(sql.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** How a step went. */
    public enum Status {
        SUCCESS,
        /** Failed and rolled back: nothing of it stays. */
        FAILED,
        /** Failed outside a transaction: the statements before the failing one ran and stay. */
        PARTIAL,
        /** Started outside a transaction and never finished: its process died. */
        RUNNING,
        /** Did not finish (its process died, or a statement failed), and a later row took it up from there. */
        STOPPED;

        /** The statuses of a step that did not finish and that nothing has taken up or closed yet. */
        static final Set<Status> UNFINISHED = EnumSet.of(PARTIAL, RUNNING);

        String sql() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status of(String sql) {
            return valueOf(sql.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Who ran it: "app (alice@build-7)". */
    public String who() {
        String os = osUser.map(u -> u + host.map(h -> "@" + h).orElse("")).orElse(host.orElse(""));
        return databaseUser + (os.isEmpty() ? "" : " (" + os + ")");
    }
}

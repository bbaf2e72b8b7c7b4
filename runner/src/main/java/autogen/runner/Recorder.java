package autogen.runner;

import autogen.runner.HistoryRow.Direction;
import autogen.runner.HistoryRow.Status;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Makes the history rows this process writes: who runs it, on which host, with which autogen. */
final class Recorder {
    /** The version of autogen that writes a row, kept with it. */
    static final String VERSION = "0.2.0";

    private final Optional<String> osUser;
    private final Optional<String> host;

    /** Rows that name this process's OS user and host. */
    Recorder() {
        this(Optional.ofNullable(System.getProperty("user.name")), hostName());
    }

    private Recorder(Optional<String> osUser, Optional<String> host) {
        this.osUser = osUser;
        this.host = host;
    }

    /** Rows that name no OS user or host: a script's, whose runner and host only the database knows. */
    static Recorder anonymous() {
        return new Recorder(Optional.empty(), Optional.empty());
    }

    HistoryRow row(MigrationSource m, Direction direction, List<String> heads, Status status, Instant started,
                   long millis, Optional<String> detail) {
        return new HistoryRow(0, m.revision(), m.parents(), direction, heads, m.message(),
                Optional.of(m.checksum()), "", osUser, host, started, millis, status, VERSION, detail, 0);
    }

    /** The host's name without a DNS lookup where the environment says it. */
    private static Optional<String> hostName() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv);
        }
        try {
            return Optional.of(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}

package autogen.engine;

import autogen.runner.HistoryRow;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What {@code status} prints: every migration, applied (when and by whom) or pending, as dbmate shows them. */
public final class StatusReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private StatusReport() {
    }

    public static void print(MigrationService.Status status, PrintWriter out) {
        long pending = 0;
        for (MigrationService.Entry e : status.entries()) {
            String id = e.source().revision() + "  " + e.source().message() + (e.head() ? "  (head)" : "");
            if (e.applied().isPresent()) {
                out.println("applied  " + id + "  " + applied(e.applied().get()));
            } else {
                // What applying it risks, as its file records it: what a deploy's reviewer looks for.
                List<String> hazards = e.source().hazards();
                List<String> approved = e.source().approved();
                out.println("pending  " + id + (hazards.isEmpty() ? "" : "   [" + String.join(", ", hazards) + "]")
                        + (approved.isEmpty() ? "" : "  approved: " + String.join(", ", approved)));
                pending++;
            }
        }
        status.unfinished().ifPresent(row -> out.println("unfinished  the " + row.direction().name().toLowerCase()
                + " of " + row.revision() + " started " + TIME.format(row.startedAt()) + " by " + row.who()
                + row.detail().map(d -> ": " + d).orElse("") + " (autogen repair closes it)"));
        int total = status.entries().size();
        out.println(total + " migration" + (total == 1 ? "" : "s") + ", " + pending + " pending, on "
                + status.database() + ".");
    }

    private static String applied(HistoryRow row) {
        if (row.startedAt().getEpochSecond() == 0) {
            return row.detail().orElse("");
        }
        return (row.direction() == HistoryRow.Direction.STAMP ? "stamped " : "") + TIME.format(row.startedAt())
                + " by " + row.who();
    }
}

package autogen.rehearse;

import autogen.rehearse.RehearsalReport.Lock;
import autogen.rehearse.RehearsalReport.RowChanges;
import autogen.rehearse.RehearsalReport.Size;
import autogen.rehearse.RehearsalReport.TableData;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The figures of a rehearsal as both of its reports for people write them: durations, locks, rows, sizes. */
final class Figures {
    private Figures() {
    }

    static String millis(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String locks(List<Lock> locks) {
        return locks.stream().map(l -> (l.waited() ? "waited for " : "") + l.mode() + " on " + l.relation() + " "
                + millis(l.heldMillis())).collect(Collectors.joining(", "));
    }

    static String rows(List<RowChanges> rows) {
        return rows.stream().map(r -> r.table() + " " + changed(r)).collect(Collectors.joining("; "));
    }

    private static String changed(RowChanges r) {
        StringBuilder out = new StringBuilder();
        append(out, r.inserted(), "inserted");
        append(out, r.updated(), "updated");
        append(out, r.deleted(), "deleted");
        return out.toString();
    }

    private static void append(StringBuilder out, long n, String what) {
        if (n != 0) {
            out.append(out.length() == 0 ? "" : ", ").append(count(n)).append(' ').append(what);
        }
    }

    static String size(Size s) {
        return s.before().map(ByteSize::describe).orElse("(none)") + " -> "
                + s.after().map(ByteSize::describe).orElse("(gone)");
    }

    static boolean changed(Size s) {
        return !s.before().equals(s.after());
    }

    static String data(TableData t) {
        if (t.error().isPresent()) {
            return "not compared: " + t.error().get() + t.declared().map(d -> " (declared: " + d + ")").orElse("");
        }
        if (t.differing() == 0) {
            return "same " + count(t.rows()) + " rows";
        }
        return count(t.differing()) + " of " + count(t.rows()) + " rows differ, "
                + t.declared().map(d -> "declared: " + d).orElse("not declared by any migration");
    }
}

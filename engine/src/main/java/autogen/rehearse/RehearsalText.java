package autogen.rehearse;

import autogen.rehearse.RehearsalReport.MigrationRun;
import autogen.rehearse.RehearsalReport.Pass;
import autogen.rehearse.RehearsalReport.Size;
import autogen.rehearse.RehearsalReport.Step;
import autogen.rehearse.RehearsalReport.TableData;
import java.io.PrintWriter;
import java.util.List;

/** The rehearsal as the terminal shows it: each pass, migration and step with its figures, then the verdicts. */
public final class RehearsalText {
    private RehearsalText() {
    }

    public static void print(RehearsalReport r, PrintWriter out) {
        out.println("Rehearsal of " + r.source() + " " + r.where() + ": from "
                + (r.fromRevisions().isEmpty() ? "base" : String.join(", ", r.fromRevisions())) + " to " + r.target());
        r.copied().ifPresent(c -> out.println("  copied " + c.tables() + " tables, " + Figures.count(c.rows())
                + " rows (" + ByteSize.describe(c.bytes()) + " on the source) in " + Figures.millis(c.millis())));
        for (Pass pass : r.passes()) {
            if (pass.migrations().isEmpty()) {
                continue;
            }
            out.println();
            out.println(pass.name() + "  " + Figures.millis(pass.millis()));
            for (MigrationRun m : pass.migrations()) {
                out.println("  " + m.revision() + "  " + m.message() + "  " + Figures.millis(m.millis())
                        + (m.succeeded() ? "" : "  FAILED"));
                for (Step s : m.steps()) {
                    out.println("    " + s.number() + ". " + s.sql() + "  " + Figures.millis(s.millis())
                            + (s.transactional() ? "" : "  (outside a transaction)"));
                    if (!s.locks().isEmpty()) {
                        out.println("       locks: " + Figures.locks(s.locks()));
                    }
                    s.longestWriteWaitMillis().ifPresent(w -> out.println("       longest write wait: "
                            + Figures.millis(w)));
                    s.failure().ifPresent(f -> out.println("       failed: " + f));
                }
                if (!m.rows().isEmpty()) {
                    out.println("    rows: " + Figures.rows(m.rows()));
                }
            }
        }
        if (!r.data().isEmpty()) {
            out.println();
            long differing = r.data().stream().filter(t -> t.differing() > 0 || t.error().isPresent()).count();
            out.println("Data after the downgrade: " + (differing == 0 ? "every table as before ("
                    + r.data().size() + " tables, " + Figures.count(r.data().stream().mapToLong(TableData::rows).sum())
                    + " rows)" : differing + " of " + r.data().size() + " tables differ"));
            r.data().stream().filter(t -> t.differing() > 0 || t.error().isPresent())
                    .forEach(t -> out.println("  " + t.table() + ": " + Figures.data(t)));
        }
        r.schemaRestored().ifPresent(same -> out.println("Schema after the downgrade: " + (same ? "as it was"
                : "NOT as it was")));
        List<Size> changed = r.sizes().stream().filter(Figures::changed).toList();
        if (!changed.isEmpty()) {
            out.println("Sizes after the upgrade:");
            changed.forEach(s -> out.println("  " + (s.index() ? "index " : "table ") + s.relation() + "  "
                    + Figures.size(s)));
        }
        out.println("Check after the second upgrade: " + r.check().detail());
        r.notes().forEach(n -> out.println("Note: " + n));
        out.println();
        out.println(r.problem().map(p -> "Rehearsal failed: " + p.line()).orElse("Rehearsal passed."));
    }
}

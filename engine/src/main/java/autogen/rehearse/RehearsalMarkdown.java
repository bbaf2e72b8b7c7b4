package autogen.rehearse;

import autogen.rehearse.RehearsalReport.MigrationRun;
import autogen.rehearse.RehearsalReport.Pass;
import autogen.rehearse.RehearsalReport.Size;
import autogen.rehearse.RehearsalReport.Step;
import java.io.PrintWriter;
import java.util.List;

/** The rehearsal as Markdown for a pull-request comment: the verdict first, then one table per question. */
public final class RehearsalMarkdown {
    private RehearsalMarkdown() {
    }

    public static void print(RehearsalReport r, PrintWriter out) {
        out.println("## autogen rehearse: " + (r.problem().isEmpty() ? "passed" : "failed"));
        out.println();
        out.println("Rehearsed " + r.where() + ": `" + cell(r.source()) + "`, from `"
                + (r.fromRevisions().isEmpty() ? "base" : String.join(", ", r.fromRevisions())) + "` to `" + r.target()
                + "`" + r.copied().map(c -> ": " + c.tables() + " tables, " + Figures.count(c.rows()) + " rows ("
                + ByteSize.describe(c.bytes()) + ") copied in " + Figures.millis(c.millis())).orElse("") + ".");
        r.problem().ifPresent(p -> {
            out.println();
            out.println("**" + cell(p.line()) + "**");
        });
        if (r.passes().stream().anyMatch(p -> !p.migrations().isEmpty())) {
            out.println();
            out.println("### Steps");
            out.println();
            out.println("| Pass | Migration | # | Statement | Time | Locks | Longest write wait |");
            out.println("| --- | --- | --- | --- | ---: | --- | ---: |");
            for (Pass pass : r.passes()) {
                for (MigrationRun m : pass.migrations()) {
                    for (Step s : m.steps()) {
                        out.println("| " + pass.name() + " | `" + m.revision() + "` | " + s.number() + " | `"
                                + cell(s.sql()) + "`" + s.failure().map(f -> " **failed: " + cell(f) + "**").orElse("")
                                + " | " + Figures.millis(s.millis()) + " | " + cell(Figures.locks(s.locks())) + " | "
                                + s.longestWriteWaitMillis().map(Figures::millis).orElse("") + " |");
                    }
                }
            }
            out.println();
            out.println("| Pass | Migration | Time | Rows changed |");
            out.println("| --- | --- | ---: | --- |");
            for (Pass pass : r.passes()) {
                for (MigrationRun m : pass.migrations()) {
                    out.println("| " + pass.name() + " | `" + m.revision() + "` " + cell(m.message()) + " | "
                            + Figures.millis(m.millis()) + " | " + cell(Figures.rows(m.rows())) + " |");
                }
            }
        }
        if (!r.data().isEmpty()) {
            out.println();
            out.println("### Data after the downgrade");
            out.println();
            out.println("| Table | Rows | Compared with before the upgrade |");
            out.println("| --- | ---: | --- |");
            r.data().forEach(t -> out.println("| " + cell(t.table()) + " | " + Figures.count(t.rows()) + " | "
                    + cell(Figures.data(t)) + " |"));
            r.schemaRestored().ifPresent(same -> {
                out.println();
                out.println("Schema after the downgrade: " + (same ? "as it was." : "**not as it was.**"));
            });
        }
        List<Size> changed = r.sizes().stream().filter(Figures::changed).toList();
        if (!changed.isEmpty()) {
            out.println();
            out.println("### Sizes after the upgrade");
            out.println();
            out.println("| Relation | Before -> after |");
            out.println("| --- | --- |");
            changed.forEach(s -> out.println("| " + (s.index() ? "index " : "table ") + cell(s.relation()) + " | "
                    + Figures.size(s) + " |"));
        }
        out.println();
        out.println("Check after the second upgrade: " + cell(r.check().detail()) + ".");
        if (!r.notes().isEmpty()) {
            out.println();
            out.println("Notes:");
            r.notes().forEach(n -> out.println("- " + cell(n)));
        }
    }

    /** Text inside a table cell: a pipe would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}

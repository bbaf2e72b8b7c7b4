package autogen.cli;

import autogen.engine.Migrations;
import autogen.runner.MigrationSource;
import autogen.runner.RevisionGraph;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code autogen history}: the migrations from newest to oldest, each with the revisions it follows, branch points
 * and merges marked, as Alembic shows them. It lists whatever the graph is, several heads included.
 */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List the migrations, newest first.")
final class HistoryCommand extends Subcommand {
    @picocli.CommandLine.Option(names = "--json",
            description = "Print the history as a JSON document (docs/report.schema.json).")
    boolean json;

    @Override
    public Integer call() {
        RevisionGraph graph = Migrations.load(settings(), Migrations.Folder.MAY_BE_MISSING);
        PrintWriter out = out();
        if (json) {
            autogen.engine.JsonReport.history(graph, out);
            return ExitCodes.OK;
        }
        if (graph.isEmpty()) {
            out.println("No migrations in " + settings().migrations() + " yet: write one with autogen -m \"...\"");
        }
        for (RevisionGraph.Entry e : graph.history()) {
            List<String> marks = new ArrayList<>();
            if (e.head()) {
                marks.add("head");
            }
            if (e.mergepoint()) {
                marks.add("mergepoint");
            }
            if (e.branchpoint()) {
                marks.add("branchpoint");
            }
            MigrationSource m = e.source();
            out.println((m.parents().isEmpty() ? "<base>" : String.join(", ", m.parents())) + " -> " + m.revision()
                    + (marks.isEmpty() ? "" : " (" + String.join(") (", marks) + ")") + ", " + m.message());
        }
        List<String> heads = graph.heads();
        if (heads.size() > 1) {
            out.println(heads.size() + " heads (" + String.join(", ", heads) + "): autogen merge -m \"Merge\" joins"
                    + " them.");
        }
        return ExitCodes.OK;
    }
}

package autogen.cli;

import autogen.engine.Migrations;
import autogen.runner.RevisionGraph;
import picocli.CommandLine.Command;

/** {@code autogen heads}: the revisions no migration follows; more than one means branches to merge. */
@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "List the heads of the migrations; two or more are branches that autogen merge joins.")
final class HeadsCommand extends Subcommand {
    @Override
    public Integer call() {
        RevisionGraph graph = Migrations.load(settings(), Migrations.Folder.MAY_BE_MISSING);
        if (graph.isEmpty()) {
            out().println("No migrations in " + settings().migrations() + " yet: write one with autogen -m \"...\"");
        }
        for (String head : graph.heads()) {
            graph.get(head).ifPresent(m -> out().println(head + " (head)  " + m.message() + "  " + m.name()));
        }
        if (graph.heads().size() > 1) {
            out().println(graph.heads().size() + " heads: autogen merge -m \"Merge\" joins them, autogen upgrade heads"
                    + " applies them all.");
        }
        return ExitCodes.OK;
    }
}

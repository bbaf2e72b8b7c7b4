package autogen.cli;

import autogen.engine.MigrationService;
import autogen.engine.Migrations;
import autogen.runner.RevisionGraph;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code autogen current}: the revision, or revisions on several branches, the database is at. */
@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the revision the database is at.")
final class CurrentCommand extends Subcommand {
    @Override
    public Integer call() {
        MigrationService.Outcome outcome = new MigrationService().current(settings());
        if (outcome.heads().isEmpty()) {
            out().println("base (no migration applied)");
            return ExitCodes.OK;
        }
        RevisionGraph graph = Migrations.load(settings(), Migrations.Folder.REQUIRED);
        List<String> heads = graph.heads();
        for (String revision : outcome.heads()) {
            out().println(revision + "  " + graph.get(revision).map(m -> m.message()).orElse("")
                    + (heads.contains(revision) ? "  (head)" : ""));
        }
        return ExitCodes.OK;
    }
}

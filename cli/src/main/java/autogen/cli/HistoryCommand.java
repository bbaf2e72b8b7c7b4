package autogen.cli;

import autogen.engine.DiffService;
import autogen.engine.Settings;
import autogen.runner.LoadedMigration;
import autogen.runner.MigrationChain;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code autogen history}: the migrations from newest to oldest, as the chain links them. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List the migrations, newest first.")
final class HistoryCommand extends Subcommand {
    @Override
    public Integer call() {
        Settings settings = settings();
        MigrationChain chain = DiffService.loadChain(settings, DiffService.Folder.MAY_BE_MISSING);
        PrintWriter out = out();
        List<LoadedMigration> ordered = chain.ordered();
        if (ordered.isEmpty()) {
            out.println("No migrations in " + settings.migrations() + " yet: write one with autogen -m \"...\"");
        }
        for (int i = ordered.size() - 1; i >= 0; i--) {
            LoadedMigration m = ordered.get(i);
            out.println(m.parent().orElse("<base>") + " -> " + m.revision() + (i == ordered.size() - 1 ? " (head)" : "")
                    + ", " + m.message());
        }
        return ExitCodes.OK;
    }
}

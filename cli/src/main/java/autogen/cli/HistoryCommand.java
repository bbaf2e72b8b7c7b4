package autogen.cli;

import autogen.runner.ExitCodes;
import autogen.runner.LoadedMigration;
import autogen.runner.MigrationChain;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code autogen history}: the migrations from newest to oldest, as the chain links them. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List the migrations, newest first.")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    AutogenCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Settings settings = common.settings(parent);
        MigrationChain chain = DiffService.loadChain(settings);
        PrintWriter out = spec.commandLine().getOut();
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

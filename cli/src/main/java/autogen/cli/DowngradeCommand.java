package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autogen downgrade -n|base|<revision>}. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Revert migrations, newest first, each in its own transaction.")
final class DowngradeCommand implements Callable<Integer> {
    @ParentCommand
    AutogenCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1", paramLabel = "TARGET", description = "-n (e.g. -1), base, or a revision")
    String target;

    @Override
    public Integer call() {
        return MigrateCommand.run(common.settings(parent), spec.commandLine().getOut(), "downgrade",
                (runner, chain) -> runner.downgrade(chain, target));
    }
}

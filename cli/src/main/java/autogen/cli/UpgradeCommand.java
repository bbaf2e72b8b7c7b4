package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autogen upgrade head|+n|<revision>}. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply migrations, each in its own transaction.")
final class UpgradeCommand implements Callable<Integer> {
    @ParentCommand
    AutogenCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..1", defaultValue = "head", paramLabel = "TARGET",
            description = "head (default), +n, or a revision")
    String target;

    @Override
    public Integer call() {
        return MigrateCommand.run(common.settings(parent), spec.commandLine().getOut(), "upgrade",
                (runner, chain) -> runner.upgrade(chain, target));
    }
}

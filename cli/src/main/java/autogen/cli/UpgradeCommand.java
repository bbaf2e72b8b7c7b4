package autogen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autogen upgrade head|+n|<revision>}. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply migrations, each in its own transaction.")
final class UpgradeCommand extends Subcommand {
    @Parameters(arity = "0..1", defaultValue = "head", paramLabel = "TARGET",
            description = "head (default), +n, or a revision")
    String target;

    @Override
    public Integer call() {
        return MigrateCommand.run(settings(), out(), "upgrade",
                (runner, chain) -> runner.upgrade(chain, target));
    }
}

package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code autogen revision -m "Add users table"}: writes the migration from the schema to the entities. */
@Command(name = "revision", mixinStandardHelpOptions = true,
        description = "Write a migration that brings the schema to the entities.")
final class RevisionCommand implements Callable<Integer> {
    @ParentCommand
    AutogenCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = {"-m", "--message"}, required = true, description = "What the migration does.")
    String message;

    @Option(names = "--allow-data-loss", description = "Allow a migration that drops tables or columns.")
    boolean allowDataLoss;

    @Override
    public Integer call() {
        return new RevisionService(parent.clock()).run(common.settings(parent), message, allowDataLoss,
                spec.commandLine().getOut());
    }
}

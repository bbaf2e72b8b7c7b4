package autogen.cli;

import autogen.runner.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code autogen check}: exit 0 when the entities and the schema match, 1 with a summary when they differ. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Exit 1 and list the differences when entities and schema have drifted apart, 0 when in sync.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    AutogenCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        DiffService.Result result = new DiffService().diff(common.settings(parent));
        if (result.plan().isEmpty()) {
            spec.commandLine().getOut().println("In sync: the entities match " + result.comparedWith() + ".");
            return ExitCodes.OK;
        }
        CheckReport.print(result.plan(), result.comparedWith(), spec.commandLine().getOut());
        return ExitCodes.DIFFERENCES;
    }
}

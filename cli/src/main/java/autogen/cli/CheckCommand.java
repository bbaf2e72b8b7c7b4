package autogen.cli;

import autogen.diff.MigrationPlan;
import autogen.engine.CheckReport;
import autogen.engine.DiffService;
import autogen.engine.DriftService;
import autogen.engine.RevisionHints;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen check}: exit 0 when the entities and the schema match, 1 with a summary when they differ. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Exit 1 and list the differences when entities and schema have drifted apart, 0 when in sync.")
final class CheckCommand extends Subcommand {
    @Option(names = "--rename-to-convention",
            description = "Count names that differ from the naming convention as differences.")
    boolean renameToConvention;

    @Override
    public Integer call() {
        warnIfClassesAreStale();
        DiffService.Result result = new DiffService().diff(settings(),
                RevisionHints.renamingToConvention(renameToConvention),
                graph -> graph.singleHead("autogen merge -m \"Merge\" joins them, then check compares one schema"));
        Optional<MigrationPlan> drift = new DriftService().drift(settings(), result);
        if (result.plan().isEmpty() && drift.isEmpty()) {
            out().println("In sync: the entities match " + result.comparedWith() + ".");
            CheckReport.printUnstated(result.plan(), result.compared().target(), out());
            return ExitCodes.OK;
        }
        if (!result.plan().isEmpty()) {
            CheckReport.print(result.plan(), result.comparedWith(), out());
        }
        drift.ifPresent(plan -> CheckReport.printDrift(plan, result.comparedWith(), out()));
        CheckReport.printUnstated(result.plan(), result.compared().target(), out());
        return ExitCodes.DIFFERENCES;
    }
}

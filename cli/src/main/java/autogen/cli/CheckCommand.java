package autogen.cli;

import autogen.diff.MigrationPlan;
import autogen.engine.CheckReport;
import autogen.engine.DiffService;
import autogen.engine.DriftService;
import autogen.engine.RevisionHints;
import autogen.engine.Timings;
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
        Optional<DriftService.Drift> drift = Timings.measure("drift", () -> new DriftService().drift(settings(),
                result));
        return Timings.measure("report", () -> report(result, drift));
    }

    private int report(DiffService.Result result, Optional<DriftService.Drift> drift) {
        // A change made by hand that the entities and the migrations agree against is reported once, as drift.
        MigrationPlan differences = drift.map(DriftService.Drift::differences).orElse(result.plan());
        if (differences.isEmpty() && drift.isEmpty()) {
            out().println("In sync: the entities match " + result.comparedWith() + ".");
            CheckReport.printUnstated(differences, result.compared().target(), out());
            return ExitCodes.OK;
        }
        if (!differences.isEmpty()) {
            CheckReport.print(differences, result.comparedWith(), out());
        }
        drift.ifPresent(d -> CheckReport.printDrift(d, result.comparedWith(), out()));
        CheckReport.printUnstated(differences, result.compared().target(), out());
        return ExitCodes.DIFFERENCES;
    }
}

package autogen.cli;

import autogen.engine.MigrationService;
import picocli.CommandLine.Command;

/** {@code autogen repair}: accepts changed migration sources and closes a step that did not finish. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Accept applied migrations whose source changed (after checking them), and close a step that"
                + " did not finish so that the next upgrade runs it again.")
final class RepairCommand extends Subcommand {
    @Override
    public Integer call() {
        MigrationService.Outcome outcome = new MigrationService().repair(settings(),
                line -> out().println("  " + line));
        out().println(outcome.steps().isEmpty() ? "Nothing to repair: " + outcome.database() + "'s history matches"
                + " the migrations." : "Repaired " + outcome.database() + "'s history:");
        outcome.steps().forEach(step -> out().println("  " + step));
        return ExitCodes.OK;
    }
}

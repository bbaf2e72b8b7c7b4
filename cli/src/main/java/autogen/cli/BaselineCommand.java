package autogen.cli;

import autogen.engine.BaselineService;
import autogen.engine.RevisionReport;
import autogen.codegen.OperationDescriber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen baseline -m MSG}: adopts a database whose schema is already there. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Write a first migration that builds the database's schema as it is, and record the database"
                + " as being at it.")
final class BaselineCommand extends Subcommand {
    @Option(names = {"-m", "--message"}, required = true, description = "What the baseline is.")
    String message;

    @Override
    public Integer call() {
        BaselineService.Baseline baseline = new BaselineService(parent.clock()).write(settings(), message,
                line -> out().println("  " + line));
        int steps = baseline.plan().up().size();
        out().println("Wrote " + RevisionReport.display(baseline.file()) + " (" + steps + " operation"
                + (steps == 1 ? "" : "s") + "), which builds the schema of " + baseline.database()
                + " as it is, and recorded the database as being at it.");
        baseline.plan().up().forEach(op -> out().println("  " + OperationDescriber.describe(op)));
        out().println("New databases get this schema with autogen upgrade head.");
        return ExitCodes.OK;
    }
}

package autogen.cli;

import autogen.engine.MigrationReport;
import autogen.engine.MigrationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autogen stamp head|heads|base|<revision>}: records where the database is, running nothing. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Record the database as being at a revision without running any migration (for a database"
                + " whose schema is already there).")
final class StampCommand extends Subcommand {
    @Parameters(arity = "1", paramLabel = "TARGET", description = "head, heads, base, or a revision")
    String target;

    @Override
    public Integer call() {
        MigrationReport.print(new MigrationService().stamp(settings(), target,
                line -> out().println("  " + line)), "stamp", out());
        return ExitCodes.OK;
    }
}

package autogen.cli;

import autogen.engine.CheckReport;
import autogen.engine.JsonReport;
import autogen.engine.CheckService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen check}: exit 0 when the entities and the schema match, 1 with a summary when they differ. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Exit 1 and list the differences when entities and schema have drifted apart, 0 when in sync.")
final class CheckCommand extends Subcommand {
    @Option(names = "--rename-to-convention",
            description = "Count names that differ from the naming convention as differences.")
    boolean renameToConvention;

    @Option(names = {"--all", "--verbose"}, description = "List every difference, not the first ten of each kind.")
    boolean all;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing: the exit code says whether anything differs.")
    boolean quiet;

    @Option(names = "--json", description = "Print the report as a JSON document (docs/report.schema.json).")
    boolean json;

    @Override
    public Integer call() {
        warnIfClassesAreStale();
        CheckService.Check check = new CheckService().check(settings(), renameToConvention);
        if (json) {
            JsonReport.check(check, out());
        } else if (!quiet) {
            CheckReport.print(check, all, out());
        }
        return check.inSync() ? ExitCodes.OK : ExitCodes.DIFFERENCES;
    }
}

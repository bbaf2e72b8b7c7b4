package autogen.cli;

import autogen.engine.MigrationService;
import autogen.engine.JsonReport;
import autogen.engine.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen status}: every migration, applied (when and by whom) or pending, as dbmate shows them. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "List every migration: applied (when and by whom) or pending.")
final class StatusCommand extends Subcommand {
    @Option(names = "--json", description = "Print the status as a JSON document (docs/report.schema.json).")
    boolean json;

    @Override
    public Integer call() {
        MigrationService.Status status = new MigrationService().status(settings());
        if (json) {
            JsonReport.status(status, out());
        } else {
            StatusReport.print(status, out());
        }
        return ExitCodes.OK;
    }
}

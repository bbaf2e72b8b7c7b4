package autogen.cli;

import autogen.engine.MigrationService;
import autogen.engine.StatusReport;
import picocli.CommandLine.Command;

/** {@code autogen status}: every migration, applied (when and by whom) or pending, as dbmate shows them. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "List every migration: applied (when and by whom) or pending.")
final class StatusCommand extends Subcommand {
    @Override
    public Integer call() {
        StatusReport.print(new MigrationService().status(settings()), out());
        return ExitCodes.OK;
    }
}

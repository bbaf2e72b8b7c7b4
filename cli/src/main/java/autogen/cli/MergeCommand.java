package autogen.cli;

import autogen.engine.RevisionReport;
import autogen.engine.RevisionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen merge -m MSG}: a migration whose parents are the heads, joining the branches. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Write a migration that joins the heads of the migrations; its upgrade holds what the schema"
                + " of all branches together still needs to match the entities.")
final class MergeCommand extends Subcommand {
    @Option(names = {"-m", "--message"}, required = true, description = "What the merge is.")
    String message;

    @Option(names = "--allow-data-loss", description = "Allow a merge that drops tables or columns or narrows a"
            + " type (also " + RevisionOptions.ALLOW_DESTRUCTIVE + "=1).")
    boolean allowDataLoss;

    @Override
    public Integer call() {
        RevisionReport.print(new RevisionService(parent.clock()).merge(settings(), message,
                new RevisionService.Options(allowDataLoss || RevisionOptions.destructiveAllowed(System.getenv()),
                        false)), out());
        return ExitCodes.OK;
    }
}

package autogen.cli;

import autogen.engine.MigrationReport;
import autogen.engine.MigrationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen downgrade -n|base|<revision>}. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Revert migrations, newest first, each in its own transaction.")
final class DowngradeCommand extends Subcommand {
    @Parameters(arity = "1", paramLabel = "TARGET", description = "-n (e.g. -1), base, or a revision")
    String target;

    @Mixin
    DestructiveOptions destructive;

    @Option(names = "--sql", description = "Print the SQL script instead of running it (as autogen sql does);"
            + " TARGET may then be FROM:TO.")
    boolean sql;

    @Option(names = "--dry-run", description = "Try it on a throwaway embedded PostgreSQL, never on the configured"
            + " database; nothing is kept.")
    boolean dryRun;

    @Override
    public Integer call() {
        if (sql) {
            out().print(new MigrationService().sql(settings(), target, true));
            out().flush();
            return ExitCodes.OK;
        }
        if (dryRun) {
            MigrationReport.print(new MigrationService().dryRun(settings(), target, true,
                    line -> out().println("  " + line)), "downgrade", out());
            return ExitCodes.OK;
        }
        MigrationReport.print(new MigrationService().downgrade(settings(), target,
                line -> out().println("  " + line), destructive.policy(System.getenv())), "downgrade", out());
        return ExitCodes.OK;
    }
}

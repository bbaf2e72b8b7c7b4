package autogen.cli;

import autogen.engine.MigrationReport;
import autogen.engine.MigrationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen upgrade head|heads|+n|<revision>}. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply migrations, each in its own transaction.")
final class UpgradeCommand extends Subcommand {
    @Parameters(arity = "0..1", defaultValue = "head", paramLabel = "TARGET",
            description = "head (default), heads (every branch), +n, or a revision")
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
            out().print(new MigrationService().sql(settings(), target, false));
            out().flush();
            return ExitCodes.OK;
        }
        if (dryRun) {
            MigrationReport.print(new MigrationService().dryRun(settings(), target, false,
                    line -> out().println("  " + line)), "upgrade", out());
            return ExitCodes.OK;
        }
        MigrationReport.print(new MigrationService().upgrade(settings(), target,
                line -> out().println("  " + line), destructive.policy(System.getenv())), "upgrade", out());
        return ExitCodes.OK;
    }
}

package autogen.cli;

import autogen.engine.MigrationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen sql [FROM:]TO [--down]}: the SQL of a range of migrations, for review or for psql. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Print the SQL script of a range of migrations, history rows included, without a database:"
                + " psql -v ON_ERROR_STOP=1 -f runs it as upgrade (or downgrade) would.")
final class SqlCommand extends Subcommand {
    @Parameters(arity = "0..1", defaultValue = "head", paramLabel = "[FROM:]TO",
            description = "base:head (default head, from base); with --down, head:base or head:REV")
    String range;

    @Option(names = "--down", description = "The downgrade from FROM (default head) to TO.")
    boolean down;

    @Override
    public Integer call() {
        out().print(new MigrationService().sql(settings(), range, down));
        out().flush();
        return ExitCodes.OK;
    }
}

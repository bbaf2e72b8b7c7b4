package autogen.cli;

import autogen.engine.JsonReport;
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

    @Option(names = "--json", description = "Print each migration of the range and its numbered statements as a JSON"
            + " document (docs/report.schema.json) instead of the script.")
    boolean json;

    @Override
    public Integer call() {
        MigrationService.Script script = new MigrationService().script(settings(), range, down);
        if (json) {
            JsonReport.sql(script, out());
        } else {
            out().print(script.text());
        }
        out().flush();
        return ExitCodes.OK;
    }
}

package autogen.cli;

import autogen.engine.RunPolicy;
import autogen.codegen.files.WholeFile;
import autogen.rehearse.Rehearsal;
import autogen.rehearse.RehearsalJson;
import autogen.rehearse.RehearsalMarkdown;
import autogen.rehearse.RehearsalReport;
import autogen.rehearse.RehearsalText;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen rehearse [TARGET]}: the pending migrations rehearsed on a copy of the database. */
@Command(name = "rehearse", mixinStandardHelpOptions = true,
        description = "Rehearse the pending migrations on a copy of the database (--db, DATABASE_URL): upgrade,"
                + " downgrade, upgrade again, with each step's time and locks, the rows each migration changed, and"
                + " every table's rows compared before and after; the database itself is only read.")
final class RehearseCommand extends Subcommand {
    @Parameters(arity = "0..1", defaultValue = "heads", paramLabel = "TARGET",
            description = "heads (default), head, +n or a revision")
    String target;

    @Option(names = "--in-place", description = "Rehearse on the database itself, which must already be a copy"
            + " (a restored backup, staging); refused in production.")
    boolean inPlace;

    @Option(names = "--writers", paramLabel = "N", defaultValue = "0",
            description = "Sessions that write single rows while the migrations run, to measure how long a write"
                    + " waits (default 0).")
    int writers;

    @Option(names = "--max-size", paramLabel = "SIZE", description = "The largest database to copy (default "
            + Rehearsal.DEFAULT_MAX_SIZE + ", or " + Rehearsal.MAX_SIZE_SETTING + ").")
    String maxSize;

    @Option(names = "--report", paramLabel = "FILE.md", description = "Also write the report as Markdown, for a"
            + " pull-request comment.")
    Path report;

    @Option(names = "--json", description = "Print the report as a JSON document (docs/report.schema.json).")
    boolean json;

    @Option(names = "--keep", description = "Keep the copy after the report and print its URL; it goes when you"
            + " press Enter.")
    boolean keep;

    @Override
    public Integer call() {
        Optional<Consumer<String>> keeping = keep ? Optional.of(this::holdCopy) : Optional.empty();
        RehearsalReport r = new Rehearsal().rehearse(settings(), new Rehearsal.Options(target, inPlace, writers,
                Optional.ofNullable(maxSize), new RunPolicy(System.getenv(), false, Optional.empty()), keeping));
        if (report != null) {
            writeMarkdown(r, report);
        }
        if (json) {
            RehearsalJson.print(r, out());
        } else {
            RehearsalText.print(r, out());
        }
        out().flush();
        return r.problem().map(p -> p.kind() == RehearsalReport.Problem.Kind.MIGRATION_FAILED
                ? ExitCodes.MIGRATION_FAILED : ExitCodes.REHEARSAL_FAILED).orElse(ExitCodes.OK);
    }

    /** Says where the copy is and keeps it until Enter (or the end of the input). */
    private void holdCopy(String url) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("autogen: the copy stays at " + url + " until you press Enter");
        err.flush();
        try {
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            // The copy goes now.
        }
    }

    /** Written whole or not at all: a reader of the file never sees half a report. */
    private static void writeMarkdown(RehearsalReport r, Path file) {
        StringWriter text = new StringWriter();
        RehearsalMarkdown.print(r, new PrintWriter(text));
        try {
            WholeFile.write(file, text.toString());
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot write the report " + file + ": " + e.getMessage());
        }
    }
}

package autogen.cli;

import autogen.diff.RenameCandidates;
import autogen.engine.RevisionHints;
import autogen.engine.RevisionService;
import autogen.engine.RunPolicy;
import java.io.Console;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * What a revision is allowed and told beyond its message: data loss, renames, backfills, the naming convention, the
 * hazards a reviewer approved.
 */
final class RevisionOptions {
    /** The environment variable that allows a destructive migration as the flag does. */
    static final String ALLOW_DESTRUCTIVE = RunPolicy.ALLOW_DESTRUCTIVE;

    @Option(names = "--format", paramLabel = "FORMAT", description = "The migration file's format: java (the default),"
            + " flyway, dbmate or liquibase; as format= in autogen.properties. A folder keeps one format.")
    String format;

    @Option(names = "--json", description = "Print what was written as a JSON document (docs/report.schema.json).")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Print only the file written, if any.")
    boolean quiet;

    /** The revision's report, for people or, with {@code --json}, for machines; with --quiet, only the file. */
    void print(RevisionService.Revision written, java.io.PrintWriter out) {
        if (json) {
            autogen.engine.JsonReport.revision(written, out);
        } else if (quiet) {
            written.file().ifPresent(out::println);
        } else {
            autogen.engine.RevisionReport.print(written, out);
        }
    }

    /** {@code settings} with the format {@code --format} names, when it names one. */
    autogen.engine.Settings withFormat(autogen.engine.Settings settings) {
        return format == null ? settings : settings.withFormat(format);
    }

    @Option(names = "--allow-data-loss", description = "Allow a migration that drops tables or columns or narrows"
            + " a type (also " + ALLOW_DESTRUCTIVE + "=1).")
    boolean allowDataLoss;

    @Option(names = "--rename-to-convention",
            description = "Rename keys, checks and indexes the entities leave unnamed to autogen's naming convention.")
    boolean renameToConvention;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "A renamed table (users=accounts) or column"
            + " (users.name=full_name): written as a rename that keeps the data. Repeatable.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--backfill", paramLabel = "TABLE.COLUMN=SQL", description = "What existing rows get in a column"
            + " that becomes NOT NULL, as an SQL expression (users.email=lower(name)). Repeatable.")
    List<String> backfills = new ArrayList<>();

    @Option(names = "--drop-unstated", paramLabel = "WHAT", split = ",", description = "Remove rules of the"
            + " database that the entities do not state and autogen's migrations did not make: a kind (index, unique,"
            + " primary-key, foreign-key, check, not-null, default, all), KIND:NAME or NAME"
            + " (ix_users_email, users.email). Repeatable.")
    List<String> dropUnstated = new ArrayList<>();

    @Option(names = "--approve", paramLabel = "HAZARD", split = ",", description = "Record in the migration that a"
            + " reviewer approved this hazard (WEAKENS_SCHEMA): in production, upgrade runs it without"
            + " --allow-destructive. Repeatable.")
    List<String> approve = new ArrayList<>();

    @Option(names = "--no-online", description = "Write plain DDL on tables that exist (indexes built under a lock,"
            + " constraints validated at once): for small tables or a maintenance window.")
    boolean noOnline;

    RevisionService.Options options(Map<String, String> env) {
        return new RevisionService.Options(allowDataLoss || destructiveAllowed(env),
                new RevisionHints(renameToConvention, renames, backfills, dropUnstated, !noOnline,
                        question()), RevisionService.approvals(approve));
    }

    /** Whether the environment allows a destructive migration: {@value #ALLOW_DESTRUCTIVE} is 1 or true. */
    static boolean destructiveAllowed(Map<String, String> env) {
        return RunPolicy.destructiveAllowed(env);
    }

    /**
     * On a terminal, the user is asked whether a drop and an add that fit are a rename; elsewhere (CI, a pipe)
     * nobody is, and the migration notes them.
     */
    private static RevisionHints.RenameQuestion question() {
        Console console = System.console();
        if (console == null) {
            return RevisionHints.RenameQuestion.NEVER;
        }
        return candidate -> ask(console, candidate);
    }

    private static boolean ask(Console console, RenameCandidates.Candidate candidate) {
        String what = candidate.rename().column().isPresent()
                ? "column " + candidate.rename().table() + "." + candidate.rename().column().get()
                : "table " + candidate.rename().table();
        String answer = console.readLine("Was %s renamed to %s? A rename keeps the data; no drops it. [y/N] ",
                what, candidate.rename().newName());
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }
}

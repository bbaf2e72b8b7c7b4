package autogen.cli;

import autogen.engine.RevisionService;
import autogen.engine.Settings;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The root command: {@code autogen -m "message"} is short for {@code autogen revision -m "message"}. */
@Command(name = "autogen", mixinStandardHelpOptions = true, version = "autogen 0.1.0",
        description = "Writes reviewable, reversible PostgreSQL migrations from JPA entities.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success; check: in sync.",
            "1:check: the entities and the schema differ, or the database drifted; verify: a migration changed.",
            "2:Wrong command-line usage.",
            "3:Bad input: configuration, entities, migration files or their graph.",
            "4:The database cannot be reached, refuses the login or stops answering.",
            "5:A migration failed; it was rolled back.",
            "6:Refused for safety: data loss without --allow-data-loss, the production guard.",
            "7:The migration lock stayed held by another command longer than lock.wait.",
            "8:The database is not at the migrations' head: run autogen upgrade head first.",
            "9:rehearse: drift, rows the downgrade did not restore undeclared, a schema not restored, or check not in"
                    + " sync on the copy.",
            "70:A bug in autogen (please report it)."},
        footer = {"", "Without --db or DATABASE_URL, revision and check compare the entities with a throwaway "
                + "embedded PostgreSQL on which every migration has been replayed; upgrade and downgrade refuse, unless"
                + " --dry-run asks to try them on such a database."})
public final class AutogenCommand implements Callable<Integer> {
    /** The subcommands by name, in the order the usage lists them; {@link Main} adds those a command line needs. */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = {"-m", "--message"}, description = "Write a migration with this message (same as revision -m).")
    String message;

    @Mixin
    RevisionOptions revision;

    public AutogenCommand(Clock clock) {
        this.clock = clock;
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("init", InitCommand::new);
        all.put("revision", RevisionCommand::new);
        all.put("check", CheckCommand::new);
        all.put("upgrade", UpgradeCommand::new);
        all.put("downgrade", DowngradeCommand::new);
        all.put("rehearse", RehearseCommand::new);
        all.put("current", CurrentCommand::new);
        all.put("status", StatusCommand::new);
        all.put("history", HistoryCommand::new);
        all.put("heads", HeadsCommand::new);
        all.put("show", ShowCommand::new);
        all.put("merge", MergeCommand::new);
        all.put("stamp", StampCommand::new);
        all.put("baseline", BaselineCommand::new);
        all.put("verify", VerifyCommand::new);
        all.put("repair", RepairCommand::new);
        all.put("sql", SqlCommand::new);
        all.put("completion", CompletionCommand::new);
        return Collections.unmodifiableMap(all);
    }

    Clock clock() {
        return clock;
    }

    @Override
    public Integer call() {
        if (message == null) {
            spec.commandLine().usage(spec.commandLine().getErr());
            return CommandLine.ExitCode.USAGE;
        }
        Settings settings = revision.withFormat(common.settings());
        Subcommand.warnIfClassesAreStale(settings, spec.commandLine().getErr());
        revision.print(new RevisionService(clock).write(settings, message, revision.options(System.getenv())),
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}

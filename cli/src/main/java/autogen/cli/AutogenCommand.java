package autogen.cli;

import autogen.engine.RevisionService;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The root command: {@code autogen -m "message"} is short for {@code autogen revision -m "message"}. */
@Command(name = "autogen", mixinStandardHelpOptions = true, version = "autogen 0.1.0",
        description = "Writes reviewable, reversible PostgreSQL migrations from JPA entities.",
        subcommands = {RevisionCommand.class, CheckCommand.class, UpgradeCommand.class, DowngradeCommand.class,
                CurrentCommand.class, StatusCommand.class, HistoryCommand.class, HeadsCommand.class,
                ShowCommand.class, MergeCommand.class, StampCommand.class, BaselineCommand.class,
                VerifyCommand.class, RepairCommand.class, SqlCommand.class},
        footer = {"", "Without --db or DATABASE_URL, revision and check compare the entities with a throwaway "
                + "embedded PostgreSQL on which every migration has been replayed; upgrade and downgrade refuse, unless"
                + " --dry-run asks to try them on such a database."})
public final class AutogenCommand implements Callable<Integer> {
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

    Clock clock() {
        return clock;
    }

    @Override
    public Integer call() {
        if (message == null) {
            spec.commandLine().usage(spec.commandLine().getErr());
            return CommandLine.ExitCode.USAGE;
        }
        Subcommand.warnIfClassesAreStale(common.settings(), spec.commandLine().getErr());
        return RevisionReport.print(new RevisionService(clock).write(common.settings(), message,
                revision.options(System.getenv())), spec.commandLine().getOut());
    }
}

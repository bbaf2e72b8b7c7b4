package autogen.cli;

import autogen.engine.FailureLine;
import autogen.engine.Secrets;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** The {@code autogen} executable. */
public final class Main {
    /** Arguments that make the root command print its usage or version, which list or stand for every command. */
    private static final Set<String> ROOT_OUTPUT = Set.of("-h", "--help", "-V", "--version");

    /** Held here once set: java.util.logging keeps loggers only weakly, and a new one would log again. */
    private static volatile Logger driverLog;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(Clock.systemUTC(), args));
    }

    /** Builds the command line as the executable runs it; tests call this with their own clock and writers. */
    public static CommandLine commandLine(Clock clock) {
        return commandLine(clock, AutogenCommand.SUBCOMMANDS.keySet());
    }

    /** The command line with the subcommands {@code names}, in the usage's order. */
    private static CommandLine commandLine(Clock clock, Collection<String> names) {
        // Hibernate logs through jboss-logging; route it to slf4j, whose no-op binding keeps the CLI quiet.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        // The driver logs through java.util.logging, whose console handler would add lines (and URLs) to autogen's
        // one-line errors: autogen reports what the driver tells it instead. Starting java.util.logging takes about
        // 30 ms, which a helper thread spends while picocli builds the command line; no command runs before it ends.
        Thread quieting = new Thread(Main::quietDriver, "autogen-driver-log");
        quieting.setDaemon(true);
        quieting.start();
        CommandLine cli = new CommandLine(new AutogenCommand(clock));
        AutogenCommand.SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setExecutionStrategy(parsed -> {
            awaitQuiet(quieting);
            return new CommandLine.RunLast().execute(parsed);
        });
        if (cli.getSubcommands().containsKey("downgrade")) {
            cli.getSubcommands().get("downgrade").setUnmatchedOptionsArePositionalParams(true);
        }
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, line, parse) -> {
            line.getErr().println("autogen: " + FailureLine.of(e));
            return FailureLine.kind(e).map(ExitCodes::of).orElse(ExitCodes.INTERNAL);
        });
        return cli;
    }

    private static void quietDriver() {
        Logger log = Logger.getLogger("org.postgresql");
        log.setLevel(Level.OFF);
        driverLog = log;
    }

    private static void awaitQuiet(Thread quieting) {
        try {
            quieting.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            quietDriver();
        }
    }

    /**
     * A mistake in the command line, in one line like every other error: what is wrong, the likely fix where picocli
     * has one, and the command whose {@code --help} lists what it takes.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        List<String> likely = e instanceof CommandLine.UnmatchedArgumentException u
                ? closest(u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0), u.getSuggestions()) : List.of();
        line.getErr().println(Secrets.redact("autogen: " + message + (likely.isEmpty() ? ""
                : " (did you mean " + String.join(" or ", likely) + "?)") + "; "
                + line.getCommandSpec().qualifiedName(" ") + " --help lists what it takes"));
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * The suggestions nearest to what was typed, by edit distance: picocli's own list is wide ({@code upgarde} finds
     * {@code rehearse} as well as {@code upgrade}), and a reader wants the likely one.
     */
    private static List<String> closest(String typed, List<String> suggestions) {
        int best = suggestions.stream().mapToInt(s -> distance(typed, s)).min().orElse(0);
        return suggestions.stream().filter(s -> distance(typed, s) == best).toList();
    }

    /** Levenshtein's distance: the fewest one-character insertions, deletions and substitutions from a to b. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /**
     * Runs {@code args} on a command line that holds only the subcommands they name: picocli reads every option of
     * every command it holds through reflection and annotation proxies, which the class archive cannot keep, and
     * that was most of what fifteen commands added to every start. Where the root's own output could list the
     * commands (help, version, no subcommand named, a mistake before the subcommand), it is the whole command line.
     */
    static int execute(Clock clock, String... args) {
        return execute(clock, new PrintWriter(System.err, true), args);
    }

    /** The same, with errors written to {@code err}. */
    static int execute(Clock clock, PrintWriter err, String... args) {
        Set<String> named = new HashSet<>(Arrays.asList(args));
        named.retainAll(AutogenCommand.SUBCOMMANDS.keySet());
        boolean rootSpeaks = named.isEmpty() || Arrays.stream(args).anyMatch(ROOT_OUTPUT::contains);
        if (rootSpeaks) {
            return commandLine(clock).setErr(err).execute(args);
        }
        DriverWarmUp.start();
        CommandLine cli = commandLine(clock, named).setErr(err);
        CommandLine.IParameterExceptionHandler standard = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, parsed) -> e.getCommandLine() == cli
                ? commandLine(clock).setErr(err).execute(args) : standard.handleParseException(e, parsed));
        return cli.execute(args);
    }
}

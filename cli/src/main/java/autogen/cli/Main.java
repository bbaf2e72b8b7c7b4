package autogen.cli;

import autogen.introspect.TargetRejectedException;
import autogen.introspect.embedded.EmbeddedServerException;
import autogen.model.ModelReadException;
import autogen.runner.AutogenException;
import autogen.runner.ExitCodes;
import java.time.Clock;
import picocli.CommandLine;

/** The {@code autogen} executable. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(Clock.systemUTC(), args));
    }

    /** Builds the command line as the executable runs it; tests call this with their own clock and writers. */
    public static CommandLine commandLine(Clock clock) {
        // Hibernate logs through jboss-logging; route it to slf4j, whose no-op binding keeps the CLI quiet.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        CommandLine cli = new CommandLine(new AutogenCommand(clock));
        cli.getSubcommands().get("downgrade").setUnmatchedOptionsArePositionalParams(true);
        cli.setExecutionExceptionHandler((e, line, parse) -> {
            line.getErr().println("autogen: " + oneLine(e));
            return exitCode(e);
        });
        return cli;
    }

    static int execute(Clock clock, String... args) {
        return commandLine(clock).execute(args);
    }

    private static int exitCode(Exception e) {
        if (e instanceof AutogenException a) {
            return a.exitCode();
        } else if (e instanceof ModelReadException || e instanceof TargetRejectedException) {
            return ExitCodes.BAD_INPUT;
        } else if (e instanceof EmbeddedServerException) {
            return ExitCodes.DATABASE;
        }
        return ExitCodes.INTERNAL;
    }

    private static String oneLine(Exception e) {
        boolean known = e instanceof AutogenException || e instanceof ModelReadException
                || e instanceof TargetRejectedException || e instanceof EmbeddedServerException;
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String line = message.lines().findFirst().orElse("");
        return known ? line : "internal error (please report): " + e.getClass().getSimpleName() + ": " + line;
    }
}

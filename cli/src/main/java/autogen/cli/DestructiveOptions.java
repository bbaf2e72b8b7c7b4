package autogen.cli;

import autogen.engine.RunPolicy;
import java.io.Console;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import picocli.CommandLine.Option;

/** The production guard's options of {@code upgrade} and {@code downgrade}, and the terminal it may ask on. */
final class DestructiveOptions {
    @Option(names = "--allow-destructive", description = "Run migrations that lose data or weaken the schema where"
            + " AUTOGEN_ENV or ENVIRONMENT is production, and downgrades that drop data (also "
            + RunPolicy.ALLOW_DESTRUCTIVE + "=1).")
    boolean allowDestructive;

    RunPolicy policy(Map<String, String> env) {
        return new RunPolicy(env, allowDestructive || RunPolicy.destructiveAllowed(env), terminal());
    }

    /** A yes-or-no question on the terminal, when there is one: never in CI or a pipe. */
    private static Optional<Predicate<String>> terminal() {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        return Optional.of(question -> {
            String answer = console.readLine("%s", question);
            return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
        });
    }
}

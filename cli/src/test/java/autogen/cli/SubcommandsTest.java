package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The subcommands Main adds by name: each name is its command's own, in the order the usage lists them. */
class SubcommandsTest {
    @Test
    void eachNameIsThatOfItsCommand() {
        AutogenCommand.SUBCOMMANDS.forEach((name, command) ->
                assertEquals(name, new CommandLine(command.get()).getCommandName()));
    }

    @Test
    void theWholeCommandLineHoldsEveryCommandInTheUsagesOrder() {
        assertEquals(List.of("init", "revision", "check", "upgrade", "downgrade", "rehearse", "current", "status", "history",
                "heads", "show", "merge", "stamp", "baseline", "verify", "repair", "sql", "completion"),
                List.copyOf(Main.commandLine(Clock.systemUTC()).getSubcommands().keySet()));
    }
}

package autogen.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code autogen completion [bash|zsh]}: the shell completion script of every command and option, which picocli
 * writes from the command line itself; one script serves both shells (under zsh it loads bashcompinit).
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print the completion script for bash or zsh: source <(autogen completion bash), or add that"
                + " line to ~/.bashrc or ~/.zshrc.")
final class CompletionCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", defaultValue = "bash", paramLabel = "SHELL", description = "bash (default) or zsh.")
    String shell;

    @ParentCommand
    AutogenCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            spec.commandLine().getErr().println("autogen: completion is written for bash or zsh, not '" + shell + "'");
            return ExitCodes.USAGE;
        }
        // The script lists every command, so it is written from the whole command line, not the one this run built.
        spec.commandLine().getOut().print(AutoComplete.bash("autogen", Main.commandLine(parent.clock())));
        return ExitCodes.OK;
    }
}

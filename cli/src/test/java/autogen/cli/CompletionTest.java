package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script, sourced by a real bash, completes commands, their options and option values. */
class CompletionTest {
    @TempDir
    Path temp;

    @Test
    void bashCompletesCommandsAndOptions() throws Exception {
        CliHarness.Run run = new CliHarness("completion").run("completion", "bash");
        assertEquals(0, run.exitCode(), run.err());
        Path script = Files.writeString(temp.resolve("autogen.bash"), run.out());
        assertEquals(List.of("upgrade"), complete(script, "autogen", "upg"));
        assertEquals(List.of("downgrade"), complete(script, "autogen", "dow"));
        assertEquals(List.of("--lock-timeout", "--lock-wait"), complete(script, "autogen", "upgrade", "--lock-"));
        assertEquals(List.of("completion"), complete(script, "autogen", "compl"));
    }

    @Test
    void zshIsServedByTheSameScriptAndOtherShellsAreRefused() {
        CliHarness cli = new CliHarness("completion");
        assertEquals(cli.run("completion", "bash").out(), cli.run("completion", "zsh").out());
        CliHarness.Run fish = cli.run("completion", "fish");
        assertEquals(2, fish.exitCode());
        assertEquals(List.of("autogen: completion is written for bash or zsh, not 'fish'"), fish.errLines());
    }

    /** What bash offers for the last of {@code words}, sorted. */
    private static List<String> complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        Process bash = new ProcessBuilder("bash", "-c", "source '" + script + "'; COMP_WORDS=(" + line + ");"
                + " COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length()
                + "; _complete_autogen 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\" | sort")
                .redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        bash.waitFor(1, TimeUnit.MINUTES);
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

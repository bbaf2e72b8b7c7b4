package autogen.cli;

import autogen.engine.Settings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand has: the shared options, the root command's clock and options, and its output. */
abstract class Subcommand implements Callable<Integer> {
    @ParentCommand
    AutogenCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    /** The resolved settings, counting options written before the subcommand's name too. */
    Settings settings() {
        return common.settings(parent);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}

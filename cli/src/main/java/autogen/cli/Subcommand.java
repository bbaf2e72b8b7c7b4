package autogen.cli;

import autogen.engine.Settings;
import autogen.engine.StaleClasses;
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

    private Settings settings;

    /** The resolved settings, counting options written before the subcommand's name too. */
    Settings settings() {
        // Resolved once: a command asks several times, and each resolution reads the files it names.
        if (settings == null) {
            settings = common.settings(parent);
        }
        return settings;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Says so on the error stream when the entities' sources are newer than the classes autogen reads. */
    void warnIfClassesAreStale() {
        warnIfClassesAreStale(settings(), spec.commandLine().getErr());
    }

    static void warnIfClassesAreStale(Settings settings, PrintWriter err) {
        StaleClasses.warning(settings.classPath()).ifPresent(w -> err.println("autogen: warning: " + w));
    }
}

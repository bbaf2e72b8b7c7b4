package autogen.maven;

import autogen.engine.CheckReport;
import autogen.engine.CheckService;
import autogen.engine.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn autogen:check}: fails the build when the entities and the schema differ, or the database drifted from
 * its migrations, listing every difference as {@code autogen check} does. The project is compiled first, so a
 * class older than its source cannot pass for "In sync". Bound to a build (its default phase is verify), it fails
 * that build the same way.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public final class CheckMojo extends AutogenMojo {
    /** Count names that differ from the naming convention as differences. */
    @Parameter(property = "autogen.renameToConvention", defaultValue = "false")
    private boolean renameToConvention;

    @Override
    void run(Settings settings, PrintWriter out) throws MojoExecutionException, MojoFailureException {
        CheckService.Check check = new CheckService().check(readingProjectClasses(settings), renameToConvention);
        StringWriter report = new StringWriter();
        CheckReport.print(check, new PrintWriter(report, true));
        out.print(report);
        out.flush();
        if (!check.inSync()) {
            // The report's first line is its summary: how many differences, between what and what.
            String summary = report.toString().lines().findFirst().orElse("").replaceFirst(":$", "");
            throw new MojoFailureException(summary + " (listed above)");
        }
    }
}

package autogen.maven;

import autogen.engine.FailureLine;
import autogen.engine.Secrets;
import autogen.engine.Settings;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: where the configuration, entities, migrations and database are, and how a failure fails
 * the build. A value set here (in the plugin's configuration, or as {@code -Dautogen.*}) counts as the CLI's flag
 * does: over the environment ({@code DATABASE_URL}, {@code AUTOGEN_*}), which is over {@code autogen.properties}.
 */
abstract class AutogenMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The configuration file (default: {@code autogen.properties} in the project's folder, when there is one). */
    @Parameter(property = "autogen.config")
    private File configFile;

    /** The database: {@code postgresql://user:pass@host:5432/db} or {@code jdbc:postgresql://...}. */
    @Parameter(property = "autogen.database")
    private String database;

    /** The entity packages to scan. */
    @Parameter(property = "autogen.packages")
    private List<String> packages;

    /** The migrations folder (default: {@code migrations} beside the configuration file). */
    @Parameter(property = "autogen.migrations")
    private File migrations;

    /** How long to wait to connect and log in, as 500ms, 2s, 1min (default 10s; 0 waits without limit). */
    @Parameter(property = "autogen.connectTimeout")
    private String connectTimeout;

    /** How long to wait for any answer from the database (default 60s). */
    @Parameter(property = "autogen.readTimeout")
    private String readTimeout;

    /** How long upgrade and downgrade wait for the migration lock another one holds (default 120s). */
    @Parameter(property = "autogen.lockWait")
    private String lockWait;

    /** How long a migration's statement waits for a table's lock (default 10s). */
    @Parameter(property = "autogen.lockTimeout")
    private String lockTimeout;

    /** How long a migration's statement may run (default 1h). */
    @Parameter(property = "autogen.statementTimeout")
    private String statementTimeout;

    /** The schema of autogen's history table (default public). */
    @Parameter(property = "autogen.historySchema")
    private String historySchema;

    /** Skips the goal. */
    @Parameter(property = "autogen.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipped (autogen.skip).");
            return;
        }
        QuietLibraries.quiet();
        try (PrintWriter out = new PrintWriter(new LogWriter(getLog()), true)) {
            run(settings(), out);
        } catch (RuntimeException e) {
            // A failure autogen foresees (bad input, a database out of reach, a refused migration) fails the build
            // with the one line the CLI prints; anything else is a bug in autogen, and says so.
            logTrace(e);
            if (FailureLine.kind(e).isPresent()) {
                throw new MojoFailureException(FailureLine.of(e));
            }
            throw new MojoExecutionException(FailureLine.of(e));
        }
    }

    /** Does the goal's work, printing to {@code out}; a failure autogen foresees is thrown as the CLI's are. */
    abstract void run(Settings settings, PrintWriter out) throws MojoExecutionException, MojoFailureException;

    /**
     * {@code settings} reading the entities from the project's compiled classes and every jar they may need, in place
     * of any {@code class.path}: compile and provided jars load the entity classes, runtime ones (a Bean Validation
     * provider, a Hibernate add-on) change the model Hibernate builds from them.
     */
    Settings readingProjectClasses(Settings settings) throws MojoExecutionException {
        try {
            Set<String> entries = new LinkedHashSet<>(project.getCompileClasspathElements());
            entries.addAll(project.getRuntimeClasspathElements());
            return settings.withClassPath(entries.stream().map(Path::of).toList());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the project's dependencies are not resolved: " + e.getMessage(), e);
        }
    }

    private Settings settings() {
        Settings.Flags flags = new Settings.Flags(path(configFile), Optional.ofNullable(database),
                Optional.ofNullable(packages).filter(p -> !p.isEmpty()).map(p -> String.join(",", p)),
                Optional.of(project.getBuild().getOutputDirectory()), path(migrations).map(Path::toString),
                Optional.ofNullable(connectTimeout), Optional.ofNullable(readTimeout), Optional.ofNullable(lockWait),
                Optional.ofNullable(historySchema), Optional.ofNullable(lockTimeout),
                Optional.ofNullable(statementTimeout));
        // The class path is the project's output folder, not class.path: there a Spring Boot application's
        // settings tell its database, as they do the CLI in target/classes. Goals that read the entities add the
        // dependencies. Paths the configuration does not settle are the project's, wherever mvn was started.
        return Settings.resolve(project.getBasedir().toPath(), flags, System.getenv());
    }

    private static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** The failure's stack trace, passwords blanked, for {@code mvn -X}: the build's error shows one line only. */
    private void logTrace(RuntimeException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        getLog().debug(Secrets.redact(trace.toString()));
    }
}

package autogen.maven;

import autogen.engine.RevisionHints;
import autogen.engine.RevisionReport;
import autogen.engine.RevisionService;
import autogen.engine.RunPolicy;
import autogen.engine.Settings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn autogen:revision -Dautogen.message="Add users table"}: writes the migration that brings the schema to
 * the entities, as {@code autogen revision -m} does. The project is compiled first, so the entities are read as
 * their sources are.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public final class RevisionMojo extends AutogenMojo {
    /** What the migration does; it also names the file. */
    @Parameter(property = "autogen.message", required = true)
    private String message;

    /** Allow a migration that drops tables or columns or narrows a type (also ALLOW_DESTRUCTIVE_MIGRATIONS=1). */
    @Parameter(property = "autogen.allowDataLoss", defaultValue = "false")
    private boolean allowDataLoss;

    /** Renamed tables ({@code users=accounts}) or columns ({@code users.name=full_name}), written as renames. */
    @Parameter(property = "autogen.renames")
    private List<String> renames = new ArrayList<>();

    /** What existing rows get in a column that becomes NOT NULL: {@code users.email=lower(name)}. */
    @Parameter(property = "autogen.backfills")
    private List<String> backfills = new ArrayList<>();

    /** Rules only the database has to remove: a kind (index, unique, ..., all), KIND:NAME or NAME. */
    @Parameter(property = "autogen.dropUnstated")
    private List<String> dropUnstated = new ArrayList<>();

    /** Hazards a reviewer approved (WEAKENS_SCHEMA), recorded in the migration. */
    @Parameter(property = "autogen.approve")
    private List<String> approve = new ArrayList<>();

    /** Rename keys, checks and indexes the entities leave unnamed to autogen's naming convention. */
    @Parameter(property = "autogen.renameToConvention", defaultValue = "false")
    private boolean renameToConvention;

    /** Lock-safe DDL on tables that exist; false writes plain DDL, for small tables or a maintenance window. */
    @Parameter(property = "autogen.online", defaultValue = "true")
    private boolean online;

    @Override
    void run(Settings settings, PrintWriter out) throws MojoExecutionException {
        // A build has nobody to ask whether a drop and an add are a rename: the migration notes the candidates.
        RevisionService.Options options = new RevisionService.Options(
                allowDataLoss || RunPolicy.destructiveAllowed(System.getenv()),
                new RevisionHints(renameToConvention, renames, backfills, dropUnstated, online,
                        RevisionHints.RenameQuestion.NEVER),
                RevisionService.approvals(approve));
        RevisionReport.print(new RevisionService(Clock.systemUTC()).write(readingProjectClasses(settings), message,
                options), out);
    }
}

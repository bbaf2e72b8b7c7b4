package autogen.maven;

import autogen.engine.MigrationReport;
import autogen.engine.MigrationService;
import autogen.engine.RunPolicy;
import autogen.engine.Settings;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.plugins.annotations.Parameter;

/** What {@code upgrade} and {@code downgrade} share: a dry run, the production guard, the closing line. */
abstract class MigrationMojo extends AutogenMojo {
    /** Try it on a throwaway embedded PostgreSQL, never on the configured database; nothing is kept. */
    @Parameter(property = "autogen.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Run migrations that lose data or weaken the schema where AUTOGEN_ENV or ENVIRONMENT is production, and
     * downgrades that drop data (also ALLOW_DESTRUCTIVE_MIGRATIONS=1).
     */
    @Parameter(property = "autogen.allowDestructive", defaultValue = "false")
    private boolean allowDestructive;

    /** Where to go: head, +n, -n, base or a revision. */
    abstract String target();

    abstract boolean down();

    @Override
    final void run(Settings settings, PrintWriter out) {
        Consumer<String> progress = line -> out.println("  " + line);
        MigrationService migrations = new MigrationService();
        MigrationService.Outcome outcome;
        if (dryRun) {
            outcome = migrations.dryRun(settings, target(), down(), progress);
        } else if (down()) {
            outcome = migrations.downgrade(settings, target(), progress, policy());
        } else {
            outcome = migrations.upgrade(settings, target(), progress, policy());
        }
        MigrationReport.print(outcome, down() ? "downgrade" : "upgrade", out);
    }

    private RunPolicy policy() {
        Map<String, String> env = System.getenv();
        // A build has nobody to ask: what the production guard holds back runs only when allowed beforehand.
        return new RunPolicy(env, allowDestructive || RunPolicy.destructiveAllowed(env), Optional.empty());
    }
}

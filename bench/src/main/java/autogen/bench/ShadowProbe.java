package autogen.bench;

import autogen.engine.DatabaseSession;
import autogen.engine.Settings;
import autogen.engine.Migrations;
import autogen.runner.RevisionGraph;
import autogen.runner.MigrationRunner;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Child-process entry point timing the shadow database of a project in-process: loading (compiling) the
 * migrations, starting the throwaway PostgreSQL, and replaying every migration on it; run 0 cold, then warm.
 *
 * <p>Arguments: working directory, config file, warm runs.
 */
public final class ShadowProbe {
    private ShadowProbe() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Settings settings = Settings.resolve(Path.of(args[0]), new Settings.Flags(Optional.of(Path.of(args[1])),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), Map.of());
        int runs = 1 + Integer.parseInt(args[2]);
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            RevisionGraph graph = Migrations.load(settings, Migrations.Folder.REQUIRED);
            long t1 = System.nanoTime();
            try (DatabaseSession db = DatabaseSession.throwaway(settings.timeouts())) {
                long t2 = System.nanoTime();
                new MigrationRunner(db.connection(), line -> { }, settings.runnerOptions()).upgrade(graph, "head");
                long t3 = System.nanoTime();
                System.out.printf("RESULT shadow.load %d %.3f%n", run, (t1 - t0) / 1e6);
                System.out.printf("RESULT shadow.start %d %.3f%n", run, (t2 - t1) / 1e6);
                System.out.printf("RESULT shadow.replay %d %.3f%n", run, (t3 - t2) / 1e6);
                System.out.printf("RESULT shadow.ready %d %.3f%n", run, (t3 - t0) / 1e6);
            }
        }
    }
}

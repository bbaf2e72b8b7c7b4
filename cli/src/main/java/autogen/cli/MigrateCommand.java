package autogen.cli;

import autogen.engine.DiffService;
import autogen.engine.Settings;
import autogen.engine.DatabaseSession;
import autogen.runner.LoadedMigration;
import autogen.runner.MigrationChain;
import autogen.runner.MigrationRunner;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/** What upgrade and downgrade share: resolve the database, run the runner, report where the database is now. */
final class MigrateCommand {
    private MigrateCommand() {
    }

    static int run(Settings settings, PrintWriter out, String verb,
                   BiFunction<MigrationRunner, MigrationChain, List<LoadedMigration>> action) {
        MigrationChain chain = DiffService.loadChain(settings, DiffService.Folder.REQUIRED);
        try (DatabaseSession db = DiffService.open(settings)) {
            return db.call(() -> {
                MigrationRunner runner = new MigrationRunner(db.connection(), line -> out.println("  " + line),
                        settings.timeouts().lockWait());
                if (db.isThrowaway()) {
                    out.println("No database configured (--db, DATABASE_URL or database.url in autogen.properties): "
                            + "trying the " + verb + " on a throwaway embedded PostgreSQL; nothing is kept.");
                    if (verb.equals("downgrade")) {
                        new MigrationRunner(db.connection(), line -> { }, Duration.ZERO).upgrade(chain, "head");
                    }
                }
                List<LoadedMigration> steps = action.apply(runner, chain);
                String now = runner.current().orElse("base");
                out.println(steps.isEmpty() ? "Nothing to " + verb + ": " + db.description() + " is already at "
                        + now + "." : "Done: " + db.description() + " is now at " + now + ".");
                return ExitCodes.OK;
            });
        }
    }
}

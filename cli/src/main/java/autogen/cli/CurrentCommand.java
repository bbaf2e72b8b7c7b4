package autogen.cli;

import autogen.engine.DiffService;
import autogen.engine.Settings;
import autogen.engine.DatabaseSession;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.runner.LoadedMigration;
import autogen.runner.MigrationChain;
import autogen.runner.MigrationRunner;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code autogen current}: the revision the database is at. */
@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the revision the database is at.")
final class CurrentCommand extends Subcommand {
    @Override
    public Integer call() {
        Settings settings = settings();
        if (settings.database().isEmpty()) {
            throw new AutogenException(Failure.BAD_INPUT,
                    "current needs a database: pass --db URL or set DATABASE_URL");
        }
        MigrationChain chain = DiffService.loadChain(settings, DiffService.Folder.REQUIRED);
        try (DatabaseSession db = DatabaseSession.connect(settings.database().get(), settings.timeouts())) {
            return db.call(() -> {
                MigrationRunner runner = new MigrationRunner(db.connection(), line -> { }, Duration.ZERO);
                Optional<LoadedMigration> current = Optional.of(runner.position(chain))
                        .filter(i -> i >= 0).map(i -> chain.ordered().get(i));
                out().println(current
                        .map(m -> m.revision() + "  " + m.message() + (chain.head().equals(current) ? "  (head)" : ""))
                        .orElse("base (no migration applied)"));
                return ExitCodes.OK;
            });
        }
    }
}

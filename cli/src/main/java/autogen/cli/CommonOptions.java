package autogen.cli;

import autogen.engine.Settings;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command shares: where the configuration, entities, migrations and database are. */
public final class CommonOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: ./autogen.properties).")
    Path config;

    @Option(names = "--db", paramLabel = "URL",
            description = "Database URL (overrides DATABASE_URL and database.url); "
                    + "postgresql://user:pass@host:5432/db or jdbc:postgresql://...")
    String database;

    @Option(names = "--packages", paramLabel = "PKG[,PKG...]", description = "Entity packages to scan.")
    String packages;

    @Option(names = "--class-path", paramLabel = "PATH", description = "Where the compiled entity classes are.")
    String classPath;

    @Option(names = "--migrations", paramLabel = "DIR", description = "The migrations folder.")
    String migrations;

    @Option(names = "--connect-timeout", paramLabel = "DURATION",
            description = "How long to wait to connect and log in, as 500ms, 2s, 1min, 1h or seconds (default 10s;"
                    + " 0 waits without limit).")
    String connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "DURATION",
            description = "How long to wait for any answer from the database (default 60s; 0 waits without limit).")
    String readTimeout;

    @Option(names = "--lock-wait", paramLabel = "DURATION", description = "How long upgrade and downgrade wait for "
            + "the migration lock another one holds (default 120s; 0 waits without limit).")
    String lockWait;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", description = "How long a migration's statement waits"
            + " for a table's lock before the migration fails (default 10s; 0 waits without limit).")
    String lockTimeout;

    @Option(names = "--statement-timeout", paramLabel = "DURATION", description = "How long a migration's statement"
            + " may run before the migration fails (default 1h; 0 for no limit).")
    String statementTimeout;

    @Option(names = "--history-schema", paramLabel = "SCHEMA",
            description = "The schema of autogen's history table (default public).")
    String historySchema;

    Settings settings() {
        return Settings.resolve(Path.of("").toAbsolutePath(), new Settings.Flags(Optional.ofNullable(config),
                Optional.ofNullable(database), Optional.ofNullable(packages), Optional.ofNullable(classPath),
                Optional.ofNullable(migrations), Optional.ofNullable(connectTimeout), Optional.ofNullable(readTimeout),
                Optional.ofNullable(lockWait), Optional.ofNullable(historySchema), Optional.ofNullable(lockTimeout),
                Optional.ofNullable(statementTimeout)), System.getenv());
    }

    /**
     * The settings of a subcommand: picocli gives options written before the subcommand's name
     * ({@code autogen --config x check}) to the root command, so those fill in what the subcommand lacks.
     */
    Settings settings(AutogenCommand root) {
        CommonOptions outer = root.common;
        CommonOptions merged = new CommonOptions();
        merged.config = config != null ? config : outer.config;
        merged.database = database != null ? database : outer.database;
        merged.packages = packages != null ? packages : outer.packages;
        merged.classPath = classPath != null ? classPath : outer.classPath;
        merged.migrations = migrations != null ? migrations : outer.migrations;
        merged.connectTimeout = connectTimeout != null ? connectTimeout : outer.connectTimeout;
        merged.readTimeout = readTimeout != null ? readTimeout : outer.readTimeout;
        merged.lockWait = lockWait != null ? lockWait : outer.lockWait;
        merged.historySchema = historySchema != null ? historySchema : outer.historySchema;
        merged.lockTimeout = lockTimeout != null ? lockTimeout : outer.lockTimeout;
        merged.statementTimeout = statementTimeout != null ? statementTimeout : outer.statementTimeout;
        return merged.settings();
    }
}

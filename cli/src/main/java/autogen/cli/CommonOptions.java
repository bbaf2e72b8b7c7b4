package autogen.cli;

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

    Settings settings() {
        return Settings.resolve(Path.of("").toAbsolutePath(), new Settings.Flags(Optional.ofNullable(config),
                Optional.ofNullable(database), Optional.ofNullable(packages), Optional.ofNullable(classPath),
                Optional.ofNullable(migrations)), System.getenv());
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
        return merged.settings();
    }
}

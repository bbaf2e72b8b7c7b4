package autogen.engine;

import autogen.cache.CacheFolder;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.runner.RevisionGraph;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The migrations of the configured folder in its format, read (Java files compiled, or taken from the cache) and
 * linked into their graph.
 */
public final class Migrations {
    /** Whether a command can work without a migrations folder: a project's first revision or check can. */
    public enum Folder { MAY_BE_MISSING, REQUIRED }

    private Migrations() {
    }

    /** The graph of the configured folder's migrations; a missing folder holds none, or is refused. */
    public static RevisionGraph load(Settings settings, Folder folder) {
        Path migrations = settings.migrations();
        if (folder == Folder.REQUIRED && !Files.exists(migrations)) {
            throw new AutogenException(Failure.BAD_INPUT, "no migrations folder at " + migrations + ": set "
                    + "migrations in autogen.properties, AUTOGEN_MIGRATIONS or --migrations (autogen -m \"...\" "
                    + "creates it with the first migration)");
        }
        if (Files.exists(migrations) && !Files.isDirectory(migrations)) {
            throw new AutogenException(Failure.BAD_INPUT, "the migrations folder " + migrations
                    + " is a file, not a folder");
        }
        return RevisionGraph.of(migrations, settings.migrationFormat().load(migrations,
                CacheFolder.forUser(System.getenv()).map(cache -> cache.resolve("migrations"))));
    }
}

package autogen.introspect.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An initialised PostgreSQL data directory kept in autogen's cache, copied for every throwaway server: a copy
 * takes a fraction of the time initdb does. Made once, by the first server that finds none. It holds the
 * {@code postgres} database only, so its servers cannot create databases.
 */
final class DataDirectoryTemplate {
    /** The files PostgreSQL reads its version from; a directory without it was never finished. */
    private static final String MARKER = "PG_VERSION";

    private DataDirectoryTemplate() {
    }

    /** A fresh copy of the template (made first if needed) in a new temporary directory. */
    static Path copy(Path template, EmbeddedPostgres.Builder builder) throws IOException {
        if (!Files.exists(template.resolve(MARKER))) {
            create(template, builder);
        }
        Path copy = Files.createTempDirectory("autogen-pg-");
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(template.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("postmaster.pid")) {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        // PostgreSQL refuses a data directory that others can read.
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwx------"));
        return copy;
    }

    /** Runs initdb once (through zonky, so as root too), stops the server, then moves the result into place. */
    private static void create(Path template, EmbeddedPostgres.Builder builder) throws IOException {
        Files.createDirectories(template.getParent());
        Path fresh = Files.createTempDirectory(template.getParent(), ".pgdata-");
        try (EmbeddedPostgres initialised = builder.setDataDirectory(fresh).setCleanDataDirectory(false).start()) {
            keepOnlyOwnDatabase(initialised);
        }
        Files.deleteIfExists(fresh.resolve("postmaster.pid"));
        try {
            Files.move(fresh, template, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException anotherRunWasFirst) {
            delete(fresh);
        }
    }

    /**
     * Drops template0 and template1: a throwaway server works in its own database only, and each database is
     * some 300 files that every copy would create again (most of the time a copy takes).
     */
    private static void keepOnlyOwnDatabase(EmbeddedPostgres server) throws IOException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String database : List.of("template0", "template1")) {
                s.execute("alter database " + database + " is_template false");
                s.execute("drop database " + database);
            }
        } catch (SQLException e) {
            throw new IOException("could not prepare the data directory template: " + e.getMessage(), e);
        }
    }

    static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary directory is harmless; the OS cleans its temp directory.
        }
    }
}

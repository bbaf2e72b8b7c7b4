package autogen.introspect.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    /** Copies the template (made first if needed) into {@code target}, a folder that does not exist yet. */
    static void copy(Path template, EmbeddedPostgres.Builder builder, Path target) throws IOException {
        if (!Files.exists(template.resolve(MARKER))) {
            create(template, builder);
        }
        copyTree(template, target);
    }

    /** Copies a stopped server's data directory, without what belongs to the server that ran on it. */
    static void copyTree(Path from, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(from.relativize(file).toString());
                String name = file.getFileName().toString();
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!name.equals("postmaster.pid") && !name.equals("epg-lock")) {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        // PostgreSQL refuses a data directory that others can read.
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
    }

    /**
     * Runs initdb once (through zonky, so as root too) in a scratch folder beside the template, stops the server,
     * then moves the result into place; a run killed meanwhile leaves a folder the next one sweeps.
     */
    private static void create(Path template, EmbeddedPostgres.Builder builder) throws IOException {
        try (ScratchFolder scratch = ScratchFolder.create(template.getParent(), ".pgdata-", Leftovers::stopServerIn)) {
            Path data = scratch.path().resolve("data");
            try (Watchdog watchdog = Watchdog.watch(data, scratch.path());
                 EmbeddedPostgres initialised = builder.setDataDirectory(data).setCleanDataDirectory(false).start()) {
                keepOnlyOwnDatabase(initialised);
            }
            Files.deleteIfExists(data.resolve("postmaster.pid"));
            try {
                Files.move(data, template, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException anotherRunWasFirst) {
                // Its template serves as well; this one goes with the scratch folder.
            }
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
}

package autogen.introspect.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A throwaway PostgreSQL server in a scratch folder that is deleted, the server stopped first, on close or when
 * the JVM shuts down; a watchdog does it when the JVM is killed, and the next start sweeps what a crash of both
 * left behind.
 */
public final class EmbeddedServer implements AutoCloseable {
    private static final String USER = "postgres";
    private static final String MAINTENANCE_DB = "postgres";
    private static final String FOLDER_PREFIX = "autogen-pg-";
    /** Names the PostgreSQL binaries (their archive's jar), so a template made by other binaries is not reused. */
    private static final String BINARIES = Integer.toHexString(String.valueOf(
            EmbeddedPostgres.class.getResource("/postgres-linux-x86_64.txz")).hashCode());
    private static EmbeddedServer shared;

    private EmbeddedPostgres postgres;
    private final ScratchFolder folder;
    private final Watchdog watchdog;

    private EmbeddedServer(EmbeddedPostgres postgres, ScratchFolder folder, Watchdog watchdog) {
        this.postgres = postgres;
        this.folder = folder;
        this.watchdog = watchdog;
    }

    /** Starts a new server; as root, zonky runs initdb and pg_ctl inside {@code unshare -U}. */
    public static EmbeddedServer start() {
        return start(Map.of());
    }

    /** Starts a new server with {@code settings} added to its configuration (a statement log, say). */
    public static EmbeddedServer start(Map<String, String> settings) {
        return launch((builder, data) -> settings.forEach(builder::setServerConfig));
    }

    /**
     * Starts a new server on a copy of an initialised data directory kept in {@code templateFolder} (made there
     * on first use), which skips initdb. The server holds its own database only ({@link #ownDatabaseUrl}): without
     * template databases to copy, it starts faster but creates no others.
     */
    public static EmbeddedServer startFromTemplate(Path templateFolder) {
        return launch((builder, data) -> DataDirectoryTemplate.copy(
                templateFolder.resolve("pgdata-" + BINARIES + "-own-db"), builder(), data));
    }

    /**
     * Starts a new server on a copy of {@code snapshot}, the data directory a server of the same binaries left
     * with {@link #stopAndKeep}.
     */
    public static EmbeddedServer startFromSnapshot(Path snapshot) {
        return launch((builder, data) -> DataDirectoryTemplate.copyTree(snapshot, data));
    }

    /** What names the PostgreSQL binaries: a snapshot or template made by others cannot serve these. */
    public static String binaries() {
        return BINARIES;
    }

    /**
     * Stops the server and keeps its data directory as {@code snapshot} (if none is there yet), to start later
     * servers from; then deletes its folder as {@link #close} does. The copy is made beside the snapshot and
     * moved into place in one step, so a reader never sees half of one.
     */
    public void stopAndKeep(Path snapshot) {
        try {
            postgres.close();
            if (!Files.exists(snapshot)) {
                Files.createDirectories(snapshot.getParent());
                Path writing = snapshot.resolveSibling(".writing-" + UUID.randomUUID());
                try {
                    DataDirectoryTemplate.copyTree(folder.path().resolve("data"), writing);
                    Files.move(writing, snapshot, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException anotherRunWasFirst) {
                    ScratchFolder.delete(writing);
                }
            }
        } catch (IOException e) {
            throw new EmbeddedServerException("could not stop the embedded PostgreSQL: " + firstLine(e), e);
        } finally {
            folder.close();
            watchdog.close();
        }
    }

    /** What a start does to the builder and the data directory (still missing) before the server starts. */
    @FunctionalInterface
    private interface Preparation {
        void prepare(EmbeddedPostgres.Builder builder, Path dataDirectory) throws IOException;
    }

    private static EmbeddedServer launch(Preparation preparation) {
        RootCheck.refusal().ifPresent(reason -> {
            throw new EmbeddedServerException(reason);
        });
        ScratchFolder folder;
        try {
            folder = ScratchFolder.create(FOLDER_PREFIX, Leftovers::stopServerIn);
        } catch (UncheckedIOException e) {
            throw new EmbeddedServerException("could not start the embedded PostgreSQL: " + firstLine(e), e);
        }
        try {
            Path data = folder.path().resolve("data");
            EmbeddedPostgres.Builder builder = builder().setDataDirectory(data);
            preparation.prepare(builder, data);
            Watchdog watchdog = Watchdog.watch(data, folder.path());
            try {
                return new EmbeddedServer(builder.start(), folder, watchdog);
            } catch (IOException | RuntimeException e) {
                watchdog.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw new EmbeddedServerException("could not start the embedded PostgreSQL: " + firstLine(e), e);
        }
    }

    /**
     * One server per JVM, started on first use and stopped by the shutdown hook zonky registers for every
     * server; callers must not close it.
     */
    public static synchronized EmbeddedServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /**
     * Stops the server as a crash or {@code pg_ctl restart -m immediate} does (SIGQUIT to the postmaster: every
     * session is cut, nothing is checkpointed) and starts it again on the same data and port, which recovers from
     * its write-ahead log: what a deploy meets when the database server restarts under it.
     */
    public synchronized void restartImmediately() {
        Path data = folder.path().resolve("data");
        try {
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IOException("no postmaster " + pid));
            new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start().waitFor();
            postmaster.onExit().get(60, TimeUnit.SECONDS);
            // Lets go of the data directory's lock; its pg_ctl stop finds no server and says so in zonky's log.
            postgres.close();
            postgres = builder().setDataDirectory(data).setPort(postgres.getPort()).start();
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new EmbeddedServerException("could not restart the embedded PostgreSQL: " + firstLine(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedServerException("interrupted while restarting the embedded PostgreSQL", e);
        }
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String createDatabase(String name) {
        return create(name, "create database " + quoteIdentifier(name));
    }

    /**
     * Creates database {@code name} as a copy of database {@code source} (which nobody may be connected to) and
     * returns its JDBC URL: the server copies the files, far faster than building a large schema twice.
     */
    public String copyDatabase(String source, String name) {
        return create(name, "create database " + quoteIdentifier(name) + " template " + quoteIdentifier(source));
    }

    private String create(String name, String statement) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(MAINTENANCE_DB));
             Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new EmbeddedServerException("could not create database " + name + ": " + firstLine(e), e);
        }
        return jdbcUrl(name);
    }

    /** The JDBC URL of the database initdb creates, for callers that use the whole server and throw it away. */
    public String ownDatabaseUrl() {
        return jdbcUrl(MAINTENANCE_DB);
    }

    /** The JDBC URL of database {@code db}, with the user already in it. */
    public String jdbcUrl(String db) {
        return postgres.getJdbcUrl(USER, db);
    }

    public String user() {
        return USER;
    }

    /** Stops the server, deletes its folder, and lets its watchdog go. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new EmbeddedServerException("could not stop the embedded PostgreSQL: " + firstLine(e), e);
        } finally {
            folder.close();
            watchdog.close();
        }
    }

    private static EmbeddedPostgres.Builder builder() {
        // The data is thrown away anyway, so durability settings only cost time. The folder is autogen's to delete;
        // zonky initialises a data directory that has no configuration yet.
        return EmbeddedPostgres.builder()
                .setCleanDataDirectory(false)
                .setOutputRedirector(Redirect.DISCARD)
                .setErrorRedirector(Redirect.DISCARD)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                // A first migration of thousands of tables takes a lock per table in one transaction.
                .setServerConfig("max_locks_per_transaction", "1024");
    }

    private static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String firstLine(Exception e) {
        return Optional.ofNullable(e.getMessage())
                .flatMap(message -> message.lines().findFirst())
                .orElse(e.getClass().getSimpleName());
    }
}

package autogen.introspect.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

/** A throwaway PostgreSQL server in a temporary data directory that is deleted on close. */
public final class EmbeddedServer implements AutoCloseable {
    private static final String USER = "postgres";
    private static final String MAINTENANCE_DB = "postgres";
    /** Names the PostgreSQL binaries (their archive's jar), so a template made by other binaries is not reused. */
    private static final String BINARIES = Integer.toHexString(String.valueOf(
            EmbeddedPostgres.class.getResource("/postgres-linux-x86_64.txz")).hashCode());
    private static EmbeddedServer shared;

    private final EmbeddedPostgres postgres;
    private final Optional<Path> copiedDataDirectory;

    private EmbeddedServer(EmbeddedPostgres postgres, Optional<Path> copiedDataDirectory) {
        this.postgres = postgres;
        this.copiedDataDirectory = copiedDataDirectory;
    }

    /** Starts a new server; as root, zonky runs initdb and pg_ctl inside {@code unshare -U}. */
    public static EmbeddedServer start() {
        return start(Map.of());
    }

    /** Starts a new server with {@code settings} added to its configuration (a statement log, say). */
    public static EmbeddedServer start(Map<String, String> settings) {
        RootCheck.refusal().ifPresent(reason -> {
            throw new EmbeddedServerException(reason);
        });
        try {
            EmbeddedPostgres.Builder builder = builder();
            settings.forEach(builder::setServerConfig);
            return new EmbeddedServer(builder.start(), Optional.empty());
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedServerException("could not start the embedded PostgreSQL: " + firstLine(e), e);
        }
    }

    /**
     * Starts a new server on a copy of an initialised data directory kept in {@code templateFolder} (made there
     * on first use), which skips initdb; the copy is deleted on close. The server holds its own database only
     * ({@link #ownDatabaseUrl}): without template databases to copy, it starts faster but creates no others.
     */
    public static EmbeddedServer startFromTemplate(Path templateFolder) {
        RootCheck.refusal().ifPresent(reason -> {
            throw new EmbeddedServerException(reason);
        });
        Path copy = null;
        try {
            copy = DataDirectoryTemplate.copy(templateFolder.resolve("pgdata-" + BINARIES + "-own-db"), builder());
            return new EmbeddedServer(builder().setDataDirectory(copy).setCleanDataDirectory(false).start(),
                    Optional.of(copy));
        } catch (IOException | RuntimeException e) {
            Optional.ofNullable(copy).ifPresent(DataDirectoryTemplate::delete);
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

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new EmbeddedServerException("could not stop the embedded PostgreSQL: " + firstLine(e), e);
        } finally {
            copiedDataDirectory.ifPresent(DataDirectoryTemplate::delete);
        }
    }

    private static EmbeddedPostgres.Builder builder() {
        // The data is thrown away anyway, so durability settings only cost time.
        return EmbeddedPostgres.builder()
                .setCleanDataDirectory(true)
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

package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * The real migration tools, run on autogen's files: Flyway and Liquibase in this JVM, dbmate as the binary that
 * {@code .ci/run} installs from npm ({@code AUTOGEN_DBMATE} names another). A test that needs a tool it cannot find
 * fails, saying how to install it.
 */
enum MigrationTools {
    FLYWAY {
        @Override
        void up(Path folder, String jdbcUrl) {
            flyway(folder, jdbcUrl).migrate();
        }

        /** Flyway's community edition has no undo: its users revert by applying the U files, as autogen does. */
        @Override
        void down(Path folder, String jdbcUrl, int parts, Runnable autogenDowngrade) {
            autogenDowngrade.run();
        }

        @Override
        void assertAgrees(Path folder, String jdbcUrl) {
            var result = flyway(folder, jdbcUrl).validateWithResult();
            assertTrue(result.validationSuccessful, "flyway validate: " + result.getAllErrorMessages());
            assertEquals(0, flyway(folder, jdbcUrl).info().pending().length, "nothing pending for Flyway");
        }

        /**
         * Flyway as a project with lock-safe steps configures it: by default Flyway holds its lock in a transaction,
         * for which {@code CREATE INDEX CONCURRENTLY} waits forever (Flyway's postgresql.transactional.lock).
         */
        private Flyway flyway(Path folder, String jdbcUrl) {
            FluentConfiguration configuration = Flyway.configure().dataSource(jdbcUrl, null, null)
                    .locations("filesystem:" + folder).cleanDisabled(true);
            configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
            return configuration.load();
        }
    },
    DBMATE {
        @Override
        void up(Path folder, String jdbcUrl) {
            dbmate(folder, jdbcUrl, "up");
        }

        /** {@code dbmate rollback} reverts one file: once per part. */
        @Override
        void down(Path folder, String jdbcUrl, int parts, Runnable autogenDowngrade) {
            for (int i = 0; i < parts; i++) {
                dbmate(folder, jdbcUrl, "rollback");
            }
        }

        @Override
        void assertAgrees(Path folder, String jdbcUrl) {
            String status = dbmate(folder, jdbcUrl, "status");
            assertTrue(status.contains("Pending: 0"), "dbmate status:\n" + status);
        }

        private String dbmate(Path folder, String jdbcUrl, String command) {
            List<String> args = new ArrayList<>(List.of(binary().toString(), "--url", postgresUrl(jdbcUrl),
                    "--migrations-dir", folder.toString(), "--no-dump-schema", command));
            try {
                Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(60, TimeUnit.SECONDS), "dbmate " + command + " did not end");
                assertEquals(0, process.exitValue(), "dbmate " + command + ":\n" + out);
                return out;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        /** dbmate's URL form: postgres://user@host:port/db, without TLS on the test server. */
        private String postgresUrl(String jdbcUrl) {
            Matcher m = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+)\\?user=(\\w+).*").matcher(jdbcUrl);
            assertTrue(m.matches(), jdbcUrl);
            return "postgres://" + m.group(3) + "@" + m.group(1) + "/" + m.group(2) + "?sslmode=disable";
        }

        private Path binary() {
            String named = System.getenv("AUTOGEN_DBMATE");
            Path binary = named != null && !named.isBlank() ? Path.of(named)
                    : Path.of("..", ".ci", "tools", "node_modules", ".bin", "dbmate").toAbsolutePath().normalize();
            if (!Files.isExecutable(binary)) {
                throw new AssertionError("dbmate is not installed at " + binary + ": run npm install --prefix"
                        + " .ci/tools dbmate@2.36.0 (as .ci/run does), or set AUTOGEN_DBMATE to its binary");
            }
            return binary;
        }
    },
    LIQUIBASE {
        @Override
        void up(Path folder, String jdbcUrl) {
            liquibase(folder, jdbcUrl, l -> l.update(new Contexts(), new LabelExpression()));
        }

        /** {@code liquibase rollback-count}: the migration's changesets at once. */
        @Override
        void down(Path folder, String jdbcUrl, int parts, Runnable autogenDowngrade) {
            liquibase(folder, jdbcUrl, l -> l.rollback(parts, ""));
        }

        @Override
        void assertAgrees(Path folder, String jdbcUrl) {
            liquibase(folder, jdbcUrl, l -> assertEquals(List.of(), l.listUnrunChangeSets(new Contexts(),
                    new LabelExpression()), "liquibase status: nothing pending"));
        }

        private interface Work {
            void run(Liquibase liquibase) throws Exception;
        }

        @SuppressWarnings("deprecation")
        private void liquibase(Path folder, String jdbcUrl, Work work) {
            try (Connection c = DriverManager.getConnection(jdbcUrl)) {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                        new JdbcConnection(c));
                try (Liquibase liquibase = new Liquibase("changelog.xml", new DirectoryResourceAccessor(folder),
                        database)) {
                    work.run(liquibase);
                }
            } catch (Exception e) {
                throw new IllegalStateException("liquibase: " + e.getMessage(), e);
            }
        }
    };

    /** Applies every pending migration file, as the tool's users do. */
    abstract void up(Path folder, String jdbcUrl);

    /**
     * Reverts the newest migration, made of {@code parts} files or changesets, as the tool's users do;
     * {@code autogenDowngrade} runs autogen's downgrade, for a tool that has none of its own.
     */
    abstract void down(Path folder, String jdbcUrl, int parts, Runnable autogenDowngrade);

    /** The tool's own check that its history agrees with the files: nothing pending, nothing changed. */
    abstract void assertAgrees(Path folder, String jdbcUrl);

    String format() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.runner.JavaCompilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that audits an entity with Hibernate Envers has its audit table and revision table in its schema:
 * autogen's model has them, so the first migration creates them, and a database that has them is in sync. The
 * project's own Envers jar (here 6.6, the version Spring Boot 3.5 brings) on the class path changes nothing.
 */
class EnversTest {
    private static final String PKG = "autogen.audited";

    @TempDir
    Path temp;

    @Test
    void auditedEntitiesGetTheirAuditTables() throws Exception {
        Path classes = compile();
        String envers = JavaCompilation.classPathOf(org.hibernate.envers.Audited.class);
        CliHarness cli = applied(classes + ":" + envers, "own");
        assertEquals(List.of("accounts", "accounts_aud", "revinfo"), tables(cli));
        assertEquals(List.of("email", "id", "rev", "revtype"), columns(cli, "accounts_aud"));
    }

    @Test
    void theProjectsOwnEnversJarDoesNotBreakTheRead() throws Exception {
        Path envers66 = Path.of("target", "hibernate-6", "hibernate-envers-6.6.33.Final.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(envers66), "the test needs " + envers66 + " (cli's pom copies it)");
        CliHarness cli = applied(compile() + ":" + envers66, "envers66");
        assertEquals(List.of("accounts", "accounts_aud", "revinfo"), tables(cli));
    }

    /** Writes the first migration for the entities on {@code classPath}, applies it, and returns the database. */
    private CliHarness applied(String classPath, String name) throws Exception {
        Path project = Files.createDirectories(temp.resolve(name));
        Files.write(project.resolve("autogen.properties"), List.of("entity.packages=" + PKG,
                "class.path=" + classPath, "metadata.enabled=false"));
        CliHarness cli = new CliHarness("audited_" + name);
        String[] options = {"--config", project.resolve("autogen.properties").toString(), "--db", cli.jdbcUrl()};
        CliHarness.Run revision = cli.run(SampleAppRoundTripTest.concat(new String[] {"-m", "Accounts"}, options));
        assertEquals(0, revision.exitCode(), revision.out() + revision.err());
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "head"}, options)).exitCode());
        CliHarness.Run check = cli.run(SampleAppRoundTripTest.concat(new String[] {"check"}, options));
        assertEquals(0, check.exitCode(), "in sync after the upgrade: " + check.out() + check.err());
        return cli;
    }

    private Path compile() {
        return EntitySources.compile(temp.resolve("entities"), EntitySources.AUDITED);
    }

    private static List<String> tables(CliHarness cli) throws Exception {
        return cli.strings("select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_name <> 'autogen_version' order by 1");
    }

    private static List<String> columns(CliHarness cli, String table) throws Exception {
        return cli.strings("select column_name from information_schema.columns where table_name = '" + table
                + "' order by 1");
    }
}

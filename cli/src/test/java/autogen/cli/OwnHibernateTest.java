package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project on Hibernate 6 is read with its own Hibernate, as users run autogen: its answer alone on the terminal,
 * none of Hibernate's log lines; a class path that lacks one of Hibernate's own jars is one line naming the class,
 * the jar and what to add (exit 3).
 */
class OwnHibernateTest {
    private static final Path HIBERNATE_6 = Path.of("target", "hibernate-6").toAbsolutePath();
    private static final Path SAMPLE_CLASSES = Path.of("..", "sample-app", "target", "classes").toAbsolutePath()
            .normalize();

    @TempDir
    Path temp;

    @Test
    void aProjectOnHibernate6IsReadWithItAndOnlyTheAnswerIsPrinted() throws IOException {
        String classPath = SAMPLE_CLASSES + ":" + jars(j -> true);
        CliHarness db = new CliHarness("own6");
        // The sample app's settings (its naming strategy), with the Hibernate 6 class path in place of its own.
        CliProcess.Result check = CliProcess.run(temp.resolve("run"), Map.of(), null, "check", "--config",
                SampleAppRoundTripTest.SAMPLE_CONFIG.toString(), "--packages", "autogen.sample", "--class-path",
                classPath, "--migrations", temp.resolve("none").toString(), "--db", db.jdbcUrl());
        assertEquals(1, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("create table public.posts"), check.out());
        assertEquals("", check.err());
    }

    @Test
    void hibernate6WithoutItsOwnDependenciesIsOneLineNamingTheJarToAdd() throws IOException {
        String classPath = SAMPLE_CLASSES + ":" + jars(j -> j.startsWith("hibernate-core-")
                || j.startsWith("jakarta.persistence-api-"));
        CliHarness cli = new CliHarness("own6missing");
        CliHarness.Run check = cli.run("check", "--packages", "autogen.sample", "--class-path", classPath,
                "--migrations", temp.resolve("none").toString(), "--db", cli.jdbcUrl());
        assertEquals(3, check.exitCode(), check.err());
        assertEquals(List.of("autogen: Hibernate 6.6.33.Final needs class org.jboss.logging.Logger of"
                + " org.jboss.logging:jboss-logging, which is not on the class path: add that jar to class.path (with"
                + " Maven, the output of mvn dependency:build-classpath holds every jar the project needs)"),
                check.errLines());
    }

    /** The jars of target/hibernate-6 whose file names {@code wanted} accepts, as a class path. */
    private static String jars(java.util.function.Predicate<String> wanted) throws IOException {
        try (Stream<Path> files = Files.list(HIBERNATE_6)) {
            String jars = files.map(Path::toString).filter(f -> f.endsWith(".jar"))
                    .filter(f -> wanted.test(Path.of(f).getFileName().toString())).sorted()
                    .collect(Collectors.joining(":"));
            assertTrue(jars.contains("hibernate-core-6.6"), "the test needs " + HIBERNATE_6 + " (cli's pom copies it)");
            return jars;
        }
    }
}

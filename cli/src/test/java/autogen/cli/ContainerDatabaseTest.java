package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The sample app's round trip against a stock PostgreSQL server in a container, reached through a
 * {@code postgresql://user:password@host:port/db} URL; skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerDatabaseTest {
    @Container
    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:17-alpine");

    @TempDir
    Path temp;

    @Test
    void sampleAppRoundTripOnAStockServer() {
        String url = "postgresql://" + POSTGRES.getUsername() + ":" + POSTGRES.getPassword() + "@"
                + POSTGRES.getHost() + ":" + POSTGRES.getFirstMappedPort() + "/" + POSTGRES.getDatabaseName();
        String[] options = {"--config", SampleAppRoundTripTest.SAMPLE_CONFIG.toString(),
                "--migrations", temp.toString(), "--db", url};
        CliHarness cli = new CliHarness("container");
        for (String[] step : new String[][] {{"revision", "-m", "Initial"}, {"upgrade", "head"}, {"check"},
                {"downgrade", "base"}, {"upgrade", "head"}, {"check"}}) {
            CliHarness.Run run = cli.run(SampleAppRoundTripTest.concat(step, options));
            assertEquals(0, run.exitCode(), String.join(" ", step) + ": " + run.err());
            assertTrue(!run.out().contains(POSTGRES.getPassword()), "password printed");
        }
    }
}

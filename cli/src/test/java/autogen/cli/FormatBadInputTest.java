package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A format autogen does not know, a folder in another format than asked, and a malformed SQL migration file each
 * stop with one line naming what is wrong and exit 3, writing nothing.
 */
class FormatBadInputTest {
    @TempDir
    Path temp;

    @Test
    void anUnknownFormatIsRefusedAndNothingIsWritten() throws Exception {
        CliHarness cli = new CliHarness("fmtbad");
        Path migrations = temp.resolve("migrations");
        CliHarness.Run run = cli.run(sample(cli, migrations, "revision", "-m", "Initial", "--format", "sqitch"));
        assertEquals(3, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("autogen: unknown migration format 'sqitch': use java, flyway, dbmate,"
                + " liquibase"), run.err());
        assertEquals(0, CliHarness.files(migrations).size());
    }

    @Test
    void aFolderKeepsItsFormat() throws Exception {
        CliHarness cli = new CliHarness("fmtbad");
        Path migrations = temp.resolve("migrations");
        assertEquals(0, cli.run(sample(cli, migrations, "revision", "-m", "Initial", "--format", "dbmate"))
                .exitCode());
        CliHarness.Run run = cli.run(sample(cli, migrations, "revision", "-m", "Again", "--format", "flyway"));
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("holds dbmate migrations, not flyway"), run.err());
        assertEquals(1, CliHarness.files(migrations).size());
    }

    @Test
    void aMalformedFileIsNamed() throws Exception {
        CliHarness cli = new CliHarness("fmtbad");
        Path migrations = Files.createDirectories(temp.resolve("migrations"));
        Files.writeString(migrations.resolve("20260101000000_hand_written.sql"), "-- migrate:up\ncreate table t"
                + " (id int);\n");
        CliHarness.Run run = cli.run(sample(cli, migrations, "upgrade", "head"));
        assertEquals(3, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("migration file 20260101000000_hand_written.sql has no '-- migrate:down'"),
                run.err());
    }

    private static String[] sample(CliHarness cli, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--config",
                SampleAppRoundTripTest.SAMPLE_CONFIG.toString(), "--migrations", migrations.toString(), "--db",
                cli.jdbcUrl()});
    }
}

package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code downgrade 1} and {@code upgrade 1}, counts without their sign, are answered with the likely fix. */
class CountWithoutSignTest {
    @TempDir
    Path temp;

    @Test
    void aCountWithoutItsSignIsAnsweredWithTheLikelyFix() throws Exception {
        CliHarness cli = new CliHarness("counts");
        Path migrations = temp.resolve("migrations");
        MigrationFiles.write(migrations, "20261201000000", List.of(), "Notes",
                MigrationFiles.execute("create table notes (id integer primary key)"),
                MigrationFiles.execute("drop table notes"));
        String[] options = {"--migrations", migrations.toString(), "--db", cli.jdbcUrl()};
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "head"}, options)).exitCode());

        CliHarness.Run down = cli.run(SampleAppRoundTripTest.concat(new String[] {"downgrade", "1"}, options));
        assertEquals(2, down.exitCode(), down.err());
        assertEquals("autogen: no migration has revision 1: did you mean -1?", down.err().strip());
        CliHarness.Run up = cli.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "2"}, options));
        assertEquals(2, up.exitCode(), up.err());
        assertEquals("autogen: no migration has revision 2: did you mean +2?", up.err().strip(),
                "2 starts a revision, but no one means 20261201000000 by it: it is read as a count");
        assertEquals(List.of("20261201000000 upgrade success"), RunnerFaultsTest.rows(cli), "nothing ran");
    }
}

package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration file gets the permissions of any file the user creates: the umask decides, not autogen. */
class MigrationFilePermissionsTest {
    private static final String CLASSES = CliHarness.classPathOf(MigrationFilePermissionsTest.class);

    @TempDir
    Path temp;

    @Test
    void theUmaskDecides() throws Exception {
        CliHarness cli = new CliHarness("permissions");
        Path migrations = temp.resolve("migrations");
        CliProcess.Result run = CliProcess.run(temp.resolve("run"), Map.of(), "002", "-m", "Authors",
                "--packages", "autogen.cli.evolution.v1", "--class-path", CLASSES, "--migrations",
                migrations.toString(), "--db", cli.jdbcUrl());
        assertEquals(0, run.exitCode(), run.err());
        List<Path> written = CliHarness.files(migrations);
        assertEquals(1, written.size(), written.toString());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(written.get(0))));
    }

    @Test
    void asAnyOtherFileOfTheSameProcess() throws Exception {
        CliHarness cli = new CliHarness("permissions");
        Path migrations = temp.resolve("migrations");
        assertEquals(0, cli.run("-m", "Authors", "--packages", "autogen.cli.evolution.v1", "--class-path", CLASSES,
                "--migrations", migrations.toString(), "--db", cli.jdbcUrl()).exitCode());
        Path plain = Files.createFile(temp.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain),
                Files.getPosixFilePermissions(CliHarness.files(migrations).get(0)));
    }
}

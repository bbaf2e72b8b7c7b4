package autogen.codegen.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole file replaces what was there, leaves no temporary file, and has the permissions of any file created. */
class WholeFileTest {
    @TempDir
    Path folder;

    @Test
    void replacesWholeWithThePermissionsOfAPlainFile() throws Exception {
        Path file = folder.resolve("autogen.properties");
        WholeFile.write(file, "first\n");
        WholeFile.write(file, "second\n");
        assertEquals("second\n", Files.readString(file));
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("autogen.properties", "plain.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}

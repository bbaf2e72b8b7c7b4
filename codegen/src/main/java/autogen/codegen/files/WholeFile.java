package autogen.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A text file written whole or not at all: into a temporary file beside it, then moved into place in one step,
 * so that a reader never sees half of one and a failure leaves no temporary file behind.
 */
public final class WholeFile {
    private WholeFile() {
    }

    /** Writes {@code text} to {@code file} in UTF-8, replacing what is there. */
    public static void write(Path file, String text) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".autogen-", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

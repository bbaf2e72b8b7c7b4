package autogen.codegen.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A text file written whole or not at all: into a temporary file beside it, then moved into place in one step,
 * so that a reader never sees half of one and a failure leaves no temporary file behind. The file gets the
 * permissions of any other file the user creates.
 */
public final class WholeFile {
    private WholeFile() {
    }

    /** Writes {@code text} to {@code file} in UTF-8, replacing what is there. */
    public static void write(Path file, String text) throws IOException {
        Path temp = temporary(file.toAbsolutePath().getParent(), text);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new temporary file in {@code folder} holding {@code text}, for the caller to move into place; none is left
     * when it cannot be written.
     */
    static Path temporary(Path folder, String text) throws IOException {
        // Not Files.createTempFile: it makes the file readable by its owner only, whatever the umask. A file created
        // plainly gets the permissions of any other file the user creates.
        Path temp = folder.resolve(".autogen-" + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }
}

package autogen.runner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a migration's source: SHA-256 of its bytes with every line ending made a line feed, so that a
 * checkout on Windows (CRLF) and one on Linux agree, while any other edit shows.
 */
public final class Checksum {
    /** How many hex digits messages show of a checksum: enough to tell two apart. */
    private static final int SHOWN = 12;

    private Checksum() {
    }

    public static String of(Path file) {
        try {
            return of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static String of(byte[] source) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(source.length);
        for (int i = 0; i < source.length; i++) {
            if (source[i] == '\r') {
                lines.write('\n');
                i += i + 1 < source.length && source[i + 1] == '\n' ? 1 : 0;
            } else {
                lines.write(source[i]);
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lines.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The start of a checksum, for messages. */
    public static String shown(String checksum) {
        return checksum.length() > SHOWN ? checksum.substring(0, SHOWN) : checksum;
    }
}

package autogen.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@code .env} file as dbmate and the tools it follows read one: {@code KEY=VALUE} lines, an optional
 * {@code export}, values in single or double quotes or bare up to a {@code #} comment; blank and comment lines.
 */
final class DotEnv {
    private DotEnv() {
    }

    /** The value of {@code key} in {@code file}, when the file exists and sets it. */
    static Optional<String> value(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Optional<String> found = Optional.empty();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (text.startsWith("export ")) {
                    text = text.substring("export ".length()).strip();
                }
                int eq = text.indexOf('=');
                if (text.startsWith("#") || eq < 0 || !text.substring(0, eq).strip().equals(key)) {
                    continue;
                }
                // A later line wins, as a shell sourcing the file would have it.
                found = Optional.of(unquote(text.substring(eq + 1).strip()));
            }
            return found.filter(v -> !v.isBlank());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        int comment = value.indexOf(" #");
        return (comment < 0 ? value : value.substring(0, comment)).strip();
    }
}

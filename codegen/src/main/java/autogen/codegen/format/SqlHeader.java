package autogen.codegen.format;

import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.runner.SqlMigrationSource.Identity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code -- autogen:} metadata lines of an SQL migration file's header back into its identity. */
final class SqlHeader {
    private SqlHeader() {
    }

    /** @throws AutogenException {@link Failure#BAD_INPUT} naming the file and the line it lacks */
    static Identity read(String text, Path file) {
        Map<String, String> values = new HashMap<>();
        List<String> ordinals = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String content = line.startsWith("--rollback ") ? line.substring("--rollback ".length()) : line;
            if (content.startsWith(SqlText.MARK)) {
                String entry = content.substring(SqlText.MARK.length());
                String key = entry.contains(" ") ? entry.substring(0, entry.indexOf(' ')) : entry;
                String value = entry.contains(" ") ? SqlText.unescape(entry.substring(entry.indexOf(' ') + 1)) : "";
                if (key.equals("ordinal")) {
                    ordinals.add(value);
                } else {
                    values.putIfAbsent(key, value);
                }
            }
        }
        return new Identity(required(values, "revision", file), words(values.get("parents")),
                required(values, "message", file), required(values, "created", file),
                Optional.ofNullable(values.get("schema-after")).filter(s -> !s.isBlank()),
                words(values.get("hazards")), words(values.get("approved")),
                "true".equals(values.get("baseline")), ordinals);
    }

    private static String required(Map<String, String> values, String key, Path file) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new AutogenException(Failure.BAD_INPUT, "migration file " + file.getFileName() + " has no '"
                    + SqlText.MARK + key + " ...' line: autogen reads a migration's identity from its header");
        }
        return value;
    }

    private static List<String> words(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.trim().split("\\s+"));
    }
}

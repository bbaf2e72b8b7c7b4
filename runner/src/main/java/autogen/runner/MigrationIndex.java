package autogen.runner;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * What each compiled migration class of a cache entry declares in its {@code @MigrationInfo}, kept beside the
 * classes, so that the graph of a long history is known without loading a class.
 */
record MigrationIndex(List<Entry> entries) {
    static final String FILE = "migrations.properties";
    /** Part of a cache entry's key: an index written in an older format is never read as this one. */
    static final String FORMAT = "index-5";

    /** One class: its binary name and what its annotation says. */
    record Entry(String className, String revision, List<String> parents, String message, String created,
                 Optional<String> schemaAfter, List<String> hazards, List<String> approved, boolean baseline,
                 List<String> ordinals) {
        Entry {
            parents = List.copyOf(parents);
            ordinals = List.copyOf(ordinals);
            hazards = List.copyOf(hazards);
            approved = List.copyOf(approved);
        }
    }

    MigrationIndex {
        entries = List.copyOf(entries);
    }

    void write(Path folder) throws IOException {
        Properties properties = new Properties();
        for (Entry e : entries) {
            properties.setProperty(e.className() + ".revision", e.revision());
            properties.setProperty(e.className() + ".parents", String.join(",", e.parents()));
            properties.setProperty(e.className() + ".message", e.message());
            properties.setProperty(e.className() + ".created", e.created());
            e.schemaAfter().ifPresent(f -> properties.setProperty(e.className() + ".schemaAfter", f));
            properties.setProperty(e.className() + ".hazards", String.join(",", e.hazards()));
            properties.setProperty(e.className() + ".approved", String.join(",", e.approved()));
            properties.setProperty(e.className() + ".baseline", Boolean.toString(e.baseline()));
            // Recorded ordinals hold commas, so they are kept one per numbered key.
            for (int i = 0; i < e.ordinals().size(); i++) {
                properties.setProperty(e.className() + ".ordinals." + i, e.ordinals().get(i));
            }
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.store(out, null);
        }
    }

    static Optional<MigrationIndex> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        TreeSet<String> classes = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(k -> k.endsWith(".revision"))
                .forEach(k -> classes.add(k.substring(0, k.length() - ".revision".length())));
        List<Entry> entries = new ArrayList<>();
        for (String c : classes) {
            entries.add(new Entry(c, properties.getProperty(c + ".revision"), list(properties, c + ".parents"),
                    properties.getProperty(c + ".message", ""), properties.getProperty(c + ".created", ""),
                    Optional.ofNullable(properties.getProperty(c + ".schemaAfter")), list(properties, c + ".hazards"),
                    list(properties, c + ".approved"),
                    Boolean.parseBoolean(properties.getProperty(c + ".baseline")),
                    numbered(properties, c + ".ordinals.")));
        }
        return Optional.of(new MigrationIndex(entries));
    }

    private static List<String> numbered(Properties properties, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 0; properties.getProperty(prefix + i) != null; i++) {
            values.add(properties.getProperty(prefix + i));
        }
        return values;
    }

    private static List<String> list(Properties properties, String key) {
        String value = properties.getProperty(key, "");
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }
}

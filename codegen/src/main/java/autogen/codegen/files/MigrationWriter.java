package autogen.codegen.files;

import autogen.codegen.MigrationMeta;
import autogen.codegen.format.Formats;
import autogen.codegen.format.MigrationFormat;
import autogen.diff.MigrationPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Writes a migration's files whole or not at all: rendered in memory, written to temp files, then moved. */
public final class MigrationWriter {
    private static final int MAX_SLUG = 60;

    /** {@code <revision>_<slug of message>.java}, e.g. {@code 20261122101500_add_users_table.java}. */
    public static String fileName(MigrationMeta meta) {
        return meta.revision() + "_" + slug(meta.message()) + ".java";
    }

    /** The message as a file name's part: lower-case letters, digits and underscores. */
    public static String slug(String message) {
        // Letters keep their base letter ("Füge" is "fuge", not "f_ge"): decomposed, the marks dropped.
        String letters = Normalizer.normalize(message, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l")
                .replace("æ", "ae").replace("Æ", "ae").replace("œ", "oe").replace("Œ", "oe");
        String slug = letters.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        slug = slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG).replaceAll("_+$", "") : slug;
        return slug.isEmpty() ? "migration" : slug;
    }

    /** Writes the migration as a Java file into {@code folder} (created if missing) and returns the file's path. */
    public Path write(Path folder, MigrationMeta meta, MigrationPlan plan) throws IOException {
        return write(folder, Formats.JAVA, meta, plan);
    }

    /**
     * Writes the migration's files in {@code format} into {@code folder} (created if missing), each rendered in memory
     * and moved into place; when one cannot be, those already moved are removed. Returns the first file's path.
     */
    public Path write(Path folder, MigrationFormat format, MigrationMeta meta, MigrationPlan plan) throws IOException {
        Map<String, String> files = format.render(meta, plan, folder);
        Files.createDirectories(folder);
        for (String name : files.keySet()) {
            if (Files.exists(folder.resolve(name)) && format.holds(folder.resolve(name))) {
                throw new IOException("migration file already exists: " + folder.resolve(name));
            }
        }
        Map<Path, Path> temps = new LinkedHashMap<>();
        List<Path> moved = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                temps.put(WholeFile.temporary(folder, file.getValue()), folder.resolve(file.getKey()));
            }
            for (Map.Entry<Path, Path> temp : temps.entrySet()) {
                Files.move(temp.getKey(), temp.getValue(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                moved.add(temp.getValue());
            }
            moved.clear();
        } finally {
            for (Path temp : temps.keySet()) {
                Files.deleteIfExists(temp);
            }
            for (Path file : moved) {
                if (format.holds(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return folder.resolve(files.keySet().iterator().next());
    }
}

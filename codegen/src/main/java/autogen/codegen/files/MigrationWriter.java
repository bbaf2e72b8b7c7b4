package autogen.codegen.files;

import autogen.codegen.MigrationMeta;
import autogen.codegen.java.JavaMigrationRenderer;
import autogen.diff.MigrationPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/** Writes a migration file whole or not at all: rendered in memory, written to a temp file, then moved. */
public final class MigrationWriter {
    private static final int MAX_SLUG = 60;
    private final JavaMigrationRenderer renderer = new JavaMigrationRenderer();

    /** {@code <revision>_<slug of message>.java}, e.g. {@code 20261122101500_add_users_table.java}. */
    public static String fileName(MigrationMeta meta) {
        return meta.revision() + "_" + slug(meta.message()) + ".java";
    }

    static String slug(String message) {
        // Letters keep their base letter ("Füge" is "fuge", not "f_ge"): decomposed, the marks dropped.
        String letters = Normalizer.normalize(message, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l")
                .replace("æ", "ae").replace("Æ", "ae").replace("œ", "oe").replace("Œ", "oe");
        String slug = letters.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        slug = slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG).replaceAll("_+$", "") : slug;
        return slug.isEmpty() ? "migration" : slug;
    }

    /** Writes the migration into {@code folder} (created if missing) and returns the file's path. */
    public Path write(Path folder, MigrationMeta meta, MigrationPlan plan) throws IOException {
        String source = renderer.render(meta, plan);
        Files.createDirectories(folder);
        Path target = folder.resolve(fileName(meta));
        if (Files.exists(target)) {
            throw new IOException("migration file already exists: " + target);
        }
        // Not Files.createTempFile: it makes the file readable by its owner only, whatever the umask. A file
        // created plainly gets the permissions of any other file the user creates.
        Path temp = folder.resolve(".autogen-" + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temp, source, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}

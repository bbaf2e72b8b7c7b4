package autogen.runner;

import autogen.migration.Migration;
import autogen.migration.MigrationInfo;
import autogen.schema.Column;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Compiles the Java migration files of a folder in-process, in memory, so a freshly generated file runs without a
 * rebuild of the user's project, and loads each as a {@link JavaMigrationSource}. With a cache folder, the classes
 * compiled from exactly these sources are kept there and loaded from there next time.
 */
public final class MigrationCompiler {
    /** A folder being written into the cache; one this old belongs to a process that died meanwhile. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);
    private static final String WRITING = ".writing-";

    private final Optional<Path> cache;

    /** {@code cache}: where compiled classes are kept between runs, if anywhere. */
    public MigrationCompiler(Optional<Path> cache) {
        this.cache = cache;
    }

    /** Every migration in {@code folder}, unordered; an absent folder holds none, a file in its place is refused. */
    public List<MigrationSource> load(Path folder) {
        List<Path> sources = sources(folder);
        if (sources.isEmpty()) {
            return List.of();
        }
        Map<String, byte[]> classes = cached(sources)
                .orElseGet(() -> JavaCompilation.compileInMemory(sources, apiClassPath()));
        ClassBytes loader = new ClassBytes(classes, Migration.class.getClassLoader());
        List<MigrationSource> loaded = new ArrayList<>();
        try {
            for (String name : classes.keySet()) {
                loadMigration(loader.loadClass(name), sources).ifPresent(loaded::add);
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled migration class vanished: " + e.getMessage(), e);
        }
        return loaded;
    }

    private static List<Path> sources(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            throw new AutogenException(Failure.BAD_INPUT, "the migrations folder " + folder
                    + " is a file, not a folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot read migrations folder " + folder + ": " + e);
        }
    }

    /**
     * The classes compiled from exactly these sources by this autogen, from the cache folder; compiled and
     * stored there first if missing. Empty when there is no cache folder or it cannot be used.
     */
    private Optional<Map<String, byte[]>> cached(List<Path> sources) {
        if (cache.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path entry = cache.get().resolve(key(sources));
            if (Files.isDirectory(entry)) {
                return Optional.of(read(entry));
            }
            Map<String, byte[]> classes = JavaCompilation.compileInMemory(sources, apiClassPath());
            store(entry, classes);
            return Optional.of(classes);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static String key(List<Path> sources) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(apiClassPath().getBytes(StandardCharsets.UTF_8));
            for (Path source : sources) {
                digest.update(source.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(source));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> read(Path entry) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.list(entry)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                classes.put(file.getFileName().toString().replaceFirst("\\.class$", ""), Files.readAllBytes(file));
            }
        }
        return classes;
    }

    /**
     * Writes the classes beside the entry and moves them into place in one step, so a reader never sees half an
     * entry; first removes what a process killed while writing left behind.
     */
    private static void store(Path entry, Map<String, byte[]> classes) throws IOException {
        Files.createDirectories(entry.getParent());
        sweepAbandoned(entry.getParent());
        Path writing = entry.getParent().resolve(WRITING + UUID.randomUUID());
        Files.createDirectory(writing);
        try {
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                Files.write(writing.resolve(c.getKey() + ".class"), c.getValue());
            }
            Files.move(writing, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException anotherRunWasFirst) {
            // Its entry holds the same classes: they were compiled from the same sources.
        } finally {
            delete(writing);
        }
    }

    private static void sweepAbandoned(Path folder) throws IOException {
        Instant before = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> writing = Files.newDirectoryStream(folder, WRITING + "*")) {
            for (Path abandoned : writing) {
                if (Files.getLastModifiedTime(abandoned).toInstant().isBefore(before)) {
                    delete(abandoned);
                }
            }
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // What is left is swept by a later run.
        }
    }

    /** Migration files only use the Operations API (migration-api) and the schema model records it names. */
    private static String apiClassPath() {
        return JavaCompilation.classPathOf(Migration.class, Column.class);
    }

    private static Optional<MigrationSource> loadMigration(Class<?> type, List<Path> sources) {
        MigrationInfo info = type.getAnnotation(MigrationInfo.class);
        if (info == null || !Migration.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        Path file = sources.stream()
                .filter(s -> s.getFileName().toString().startsWith(info.revision() + "_"))
                .findFirst()
                .orElseThrow(() -> new AutogenException(Failure.BAD_INPUT, "migration class " + type.getName()
                        + " declares revision " + info.revision() + ", but no file name starts with "
                        + info.revision() + "_"));
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Migration migration = (Migration) constructor.newInstance();
            List<String> parents = new ArrayList<>(List.of(info.parents()));
            if (!info.parent().isEmpty() && !parents.contains(info.parent())) {
                parents.add(info.parent());
            }
            return Optional.of(new JavaMigrationSource(info.revision(), parents, info.message(), info.created(),
                    file, Checksum.of(file), Optional.of(info.schemaAfter()).filter(s -> !s.isEmpty()), migration));
        } catch (ReflectiveOperationException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot instantiate migration " + file.getFileName()
                    + ": it needs a no-argument constructor (" + e + ")");
        }
    }
}

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Compiles the Java migration files of a folder in-process, in memory, so a freshly generated file runs without a
 * rebuild of the user's project, and loads each as a {@link JavaMigrationSource}. With a cache folder, the classes
 * compiled from exactly these sources are kept there with an index of what each declares; loaded from there, a
 * class is defined only when its statements are needed.
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

    /** The migration files of a folder, each read once: for the cache key, the checksums and the compiler. */
    private record Sources(List<Path> files, Map<Path, byte[]> contents, Map<String, Path> byPrefix) {
        Sources(List<Path> files, Map<Path, byte[]> contents) {
            this(files, contents, byPrefix(files));
        }

        /** Each file by the part of its name before the first underscore: its revision, as autogen names files. */
        private static Map<String, Path> byPrefix(List<Path> files) {
            Map<String, Path> byPrefix = new java.util.HashMap<>();
            for (Path f : files) {
                String name = f.getFileName().toString();
                byPrefix.putIfAbsent(name.contains("_") ? name.substring(0, name.indexOf('_')) : name, f);
            }
            return byPrefix;
        }

        Path file(String revision) {
            Path direct = byPrefix.get(revision);
            if (direct != null) {
                return direct;
            }
            return files.stream().filter(f -> f.getFileName().toString().startsWith(revision + "_")).findFirst()
                    .orElseThrow(() -> new AutogenException(Failure.BAD_INPUT, "a migration class declares"
                            + " revision " + revision + ", but no file name starts with " + revision + "_"));
        }
    }

    /** Every migration in {@code folder}, unordered; an absent folder holds none, a file in its place is refused. */
    public List<MigrationSource> load(Path folder) {
        Sources sources = sources(folder);
        if (sources.files().isEmpty()) {
            return List.of();
        }
        Optional<Path> entry = cache.map(c -> c.resolve(key(sources)));
        if (entry.isPresent() && Files.isDirectory(entry.get())) {
            Optional<List<MigrationSource>> cached = fromCache(entry.get(), sources);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        Map<String, byte[]> classes = JavaCompilation.compileInMemory(sources.files(), apiClassPath());
        ClassBytes loader = new ClassBytes(name -> Optional.ofNullable(classes.get(name)),
                Migration.class.getClassLoader());
        List<MigrationIndex.Entry> index = new ArrayList<>();
        List<MigrationSource> loaded = new ArrayList<>();
        for (String name : classes.keySet()) {
            Class<?> type = loadClass(loader, name);
            MigrationInfo info = type.getAnnotation(MigrationInfo.class);
            if (info != null && Migration.class.isAssignableFrom(type)) {
                MigrationIndex.Entry e = new MigrationIndex.Entry(name, info.revision(), parents(info), info.message(),
                        info.created(), Optional.of(info.schemaAfter()).filter(s -> !s.isEmpty()),
                        List.of(info.hazards()), List.of(info.approved()), info.baseline(), List.of(info.ordinals()));
                index.add(e);
                Migration migration = instantiate(type, sources.file(e.revision()));
                loaded.add(source(e, sources, () -> migration));
            }
        }
        entry.ifPresent(path -> store(path, classes, new MigrationIndex(index)));
        return loaded;
    }

    /** The migrations of a cache entry, as its index says, each class defined on first use; empty without an index. */
    private static Optional<List<MigrationSource>> fromCache(Path entry, Sources sources) {
        try {
            Optional<MigrationIndex> index = MigrationIndex.read(entry);
            if (index.isEmpty()) {
                return Optional.empty();
            }
            ClassBytes loader = new ClassBytes(name -> read(entry.resolve(name + ".class")),
                    Migration.class.getClassLoader());
            List<MigrationSource> loaded = new ArrayList<>();
            for (MigrationIndex.Entry e : index.get().entries()) {
                Path file = sources.file(e.revision());
                loaded.add(source(e, sources, memoized(() -> instantiate(loadClass(loader, e.className()), file))));
            }
            return Optional.of(loaded);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static JavaMigrationSource source(MigrationIndex.Entry e, Sources sources, Supplier<Migration> migration) {
        Path file = sources.file(e.revision());
        return new JavaMigrationSource(e.revision(), e.parents(), e.message(), e.created(), file,
                Checksum.of(sources.contents().get(file)), e.schemaAfter(), e.hazards(), e.approved(), e.baseline(),
                e.ordinals(), migration);
    }

    private static List<String> parents(MigrationInfo info) {
        List<String> parents = new ArrayList<>(List.of(info.parents()));
        if (!info.parent().isEmpty() && !parents.contains(info.parent())) {
            parents.add(info.parent());
        }
        return parents;
    }

    private static Sources sources(Path folder) {
        if (!Files.exists(folder)) {
            return new Sources(List.of(), Map.of());
        }
        if (!Files.isDirectory(folder)) {
            throw new AutogenException(Failure.BAD_INPUT, "the migrations folder " + folder
                    + " is a file, not a folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> java = files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList();
            Map<Path, byte[]> contents = new LinkedHashMap<>();
            for (Path file : java) {
                contents.put(file, Files.readAllBytes(file));
            }
            return new Sources(java, contents);
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot read migrations folder " + folder + ": " + e);
        }
    }

    private static String key(Sources sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(apiClassPath().getBytes(StandardCharsets.UTF_8));
            digest.update(MigrationIndex.FORMAT.getBytes(StandardCharsets.UTF_8));
            for (Path source : sources.files()) {
                digest.update(source.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(sources.contents().get(source));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<byte[]> read(Path classFile) {
        try {
            return Files.exists(classFile) ? Optional.of(Files.readAllBytes(classFile)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the classes and their index beside the entry and moves them into place in one step, so a reader never
     * sees half an entry; first removes what a process killed while writing left behind.
     */
    private static void store(Path entry, Map<String, byte[]> classes, MigrationIndex index) {
        try {
            Files.createDirectories(entry.getParent());
            sweepAbandoned(entry.getParent());
            Path writing = entry.getParent().resolve(WRITING + UUID.randomUUID());
            Files.createDirectory(writing);
            try {
                for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                    Files.write(writing.resolve(c.getKey() + ".class"), c.getValue());
                }
                index.write(writing);
                // An entry without an index was written by an earlier autogen: this one replaces it.
                if (Files.isDirectory(entry) && !Files.exists(entry.resolve(MigrationIndex.FILE))) {
                    delete(entry);
                }
                Files.move(writing, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException anotherRunWasFirst) {
                // Its entry holds the same classes: they were compiled from the same sources.
            } finally {
                delete(writing);
            }
        } catch (IOException e) {
            // A cache that cannot be written only costs the next run a compilation.
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

    private static Class<?> loadClass(ClassLoader loader, String name) {
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled migration class vanished: " + e.getMessage(), e);
        }
    }

    private static Migration instantiate(Class<?> type, Path file) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Migration) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot instantiate migration " + file.getFileName()
                    + ": it needs a no-argument constructor (" + e + ")");
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}

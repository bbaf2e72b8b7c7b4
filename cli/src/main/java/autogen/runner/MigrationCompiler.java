package autogen.runner;

import autogen.cache.CacheFolder;
import autogen.introspect.embedded.ScratchFolder;
import autogen.migration.Migration;
import autogen.migration.MigrationInfo;
import autogen.schema.Column;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compiles the Java migration files of a folder in-process, so a freshly generated file runs without a rebuild
 * of the user's project, and loads each as a {@link LoadedMigration}.
 */
public final class MigrationCompiler {

    /** Every migration in {@code folder}, unordered; an absent folder holds none, a file in its place is refused. */
    public List<LoadedMigration> load(Path folder) {
        List<Path> sources = sources(folder);
        if (sources.isEmpty()) {
            return List.of();
        }
        Path classes = cached(sources).orElseGet(() -> compile(sources));
        try (Stream<Path> files = Files.list(classes)) {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    Migration.class.getClassLoader());
            List<LoadedMigration> loaded = new ArrayList<>();
            for (Path classFile : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classFile.getFileName().toString().replaceFirst("\\.class$", "");
                loadMigration(loader.loadClass(name), sources).ifPresent(loaded::add);
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled migration class vanished: " + e.getMessage(), e);
        }
    }

    private static List<Path> sources(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            throw new AutogenException(ExitCodes.BAD_INPUT, "the migrations folder " + folder
                    + " is a file, not a folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new AutogenException(ExitCodes.BAD_INPUT, "cannot read migrations folder " + folder + ": " + e);
        }
    }

    /**
     * The classes compiled from exactly these sources by this autogen, from the cache folder; compiled and
     * stored there first if missing. Empty when there is no cache folder or it cannot be used.
     */
    private static Optional<Path> cached(List<Path> sources) {
        Optional<Path> folder = CacheFolder.forUser(System.getenv()).map(f -> f.resolve("migrations"));
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(apiClassPath().getBytes(StandardCharsets.UTF_8));
            for (Path source : sources) {
                digest.update(source.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(source));
            }
            Path entry = folder.get().resolve(HexFormat.of().formatHex(digest.digest()));
            if (!Files.isDirectory(entry)) {
                // Compiled beside the cache, so the finished classes move into place in one step.
                try (ScratchFolder scratch = ScratchFolder.create(folder.get(), ".compiling-", f -> { })) {
                    Path classes = compile(sources, scratch.path().resolve("classes"));
                    try {
                        Files.move(classes, entry, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException anotherRunWasFirst) {
                        // Its classes are the same: they were compiled from the same sources.
                    }
                }
            }
            return Optional.of(entry);
        } catch (IOException | UncheckedIOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /** Compiled into a folder of this process's own, which goes when the process does. */
    private static Path compile(List<Path> sources) {
        return compile(sources, ScratchFolder.create("autogen-migrations-", f -> { }).path().resolve("classes"));
    }

    private static Path compile(List<Path> sources, Path out) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaCompilation.compile(sources, apiClassPath(), out).ifPresent(error -> {
            throw new AutogenException(ExitCodes.BAD_INPUT, "migration " + error);
        });
        return out;
    }

    /** Migration files only use the Operations API (codegen) and the schema model records it names. */
    private static String apiClassPath() {
        return JavaCompilation.classPathOf(Migration.class, Column.class);
    }

    private static Optional<LoadedMigration> loadMigration(Class<?> type, List<Path> sources) {
        MigrationInfo info = type.getAnnotation(MigrationInfo.class);
        if (info == null || !Migration.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        Path file = sources.stream()
                .filter(s -> s.getFileName().toString().startsWith(info.revision() + "_"))
                .findFirst()
                .orElseThrow(() -> new AutogenException(ExitCodes.BAD_INPUT, "migration class " + type.getName()
                        + " declares revision " + info.revision() + ", but no file name starts with "
                        + info.revision() + "_"));
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Migration migration = (Migration) constructor.newInstance();
            Optional<String> parent = info.parent().isEmpty() ? Optional.empty() : Optional.of(info.parent());
            return Optional.of(new LoadedMigration(info.revision(), parent, info.message(), info.created(), file,
                    migration));
        } catch (ReflectiveOperationException e) {
            throw new AutogenException(ExitCodes.BAD_INPUT, "cannot instantiate migration " + file.getFileName()
                    + ": it needs a no-argument constructor (" + e + ")");
        }
    }
}

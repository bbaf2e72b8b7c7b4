package autogen.engine;

import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The class path as people write it, as the entries the model reader takes: {@code lib/*} is every jar in
 * {@code lib}, as for {@code java -cp}; a folder that holds jars and no classes is its jars; a file that is not a
 * jar lists a class path, as {@code mvn dependency:build-classpath -Dmdep.outputFile=FILE} writes one. Folders of
 * classes and jars stay as they are.
 */
final class ClassPathEntries {
    private ClassPathEntries() {
    }

    static List<Path> expand(List<Path> written) {
        List<Path> entries = new ArrayList<>();
        for (Path entry : written) {
            if (entry.getFileName() != null && entry.getFileName().toString().equals("*")) {
                Path folder = entry.getParent();
                if (folder == null || !Files.isDirectory(folder)) {
                    throw new AutogenException(Failure.BAD_INPUT, "class path entry does not exist: " + folder
                            + " (named by " + entry + ")");
                }
                entries.addAll(jars(folder));
            } else if (Files.isDirectory(entry) && holdsOnlyJars(entry)) {
                entries.addAll(jars(entry));
            } else if (Files.isRegularFile(entry) && !archive(entry)) {
                entries.addAll(listed(entry));
            } else {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }

    /** A file holding a class path: entries separated by the path separator, commas or new lines. */
    private static List<Path> listed(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot read the class path listed in " + file + ": "
                    + e.getMessage(), e);
        }
        Path base = file.toAbsolutePath().getParent();
        List<Path> entries = Arrays.stream(text.split("[:;,\\r\\n]")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> base.resolve(s).normalize()).toList();
        if (entries.isEmpty()) {
            throw new AutogenException(Failure.BAD_INPUT, "class path entry " + file + " is neither a jar nor a"
                    + " folder, and lists no class path");
        }
        // A listed entry that is itself a list is not read again: one level, as Maven writes it.
        return entries.stream().flatMap(e -> Files.isDirectory(e) || archive(e) || !Files.exists(e)
                ? expand(List.of(e)).stream() : Stream.of(e)).toList();
    }

    /** Jars at its top and nothing else that a class path reads there: no class file, no package folder. */
    private static boolean holdsOnlyJars(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> all = children.toList();
            return all.stream().anyMatch(ClassPathEntries::archive)
                    && all.stream().noneMatch(p -> Files.isDirectory(p) || p.toString().endsWith(".class"));
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot read class path entry " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    private static List<Path> jars(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(ClassPathEntries::archive).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot read class path entry " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    private static boolean archive(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jar") || name.endsWith(".zip");
    }
}

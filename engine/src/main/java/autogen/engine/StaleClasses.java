package autogen.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether the entities' sources were edited after the classes autogen reads were compiled, in a Maven
 * ({@code target/classes}) or Gradle ({@code build/classes/java/main}) layout: reading stale classes would say
 * "In sync" or "No changes" about entities that changed.
 */
public final class StaleClasses {
    private StaleClasses() {
    }

    /** One line naming the newer source and what to run, for the first class folder that is stale. */
    public static Optional<String> warning(List<Path> classPath) {
        for (Path entry : classPath) {
            Optional<Path> sources = sources(entry);
            if (sources.isEmpty() || !Files.isDirectory(entry)) {
                continue;
            }
            Optional<Path> newer = newest(sources.get(), ".java")
                    .filter(source -> newest(entry, ".class").map(c -> modified(source).compareTo(modified(c)) > 0)
                            .orElse(true));
            if (newer.isPresent()) {
                boolean maven = entry.endsWith(Path.of("target", "classes"));
                return Optional.of(sources.get().relativize(newer.get()) + " in " + sources.get() + " is newer than"
                        + " the classes in " + entry + ": compile first (" + (maven ? "mvn compile" : "gradle classes")
                        + "), or autogen reads the entities as they were");
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> sources(Path classes) {
        Path project;
        if (classes.endsWith(Path.of("target", "classes"))) {
            project = classes.getParent().getParent();
        } else if (classes.endsWith(Path.of("build", "classes", "java", "main"))) {
            project = classes.getParent().getParent().getParent().getParent();
        } else {
            return Optional.empty();
        }
        Path sources = project.resolve(Path.of("src", "main", "java"));
        return Files.isDirectory(sources) ? Optional.of(sources) : Optional.empty();
    }

    private static Optional<Path> newest(Path folder, String suffix) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).filter(Files::isRegularFile)
                    .max((a, b) -> modified(a).compareTo(modified(b)));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}

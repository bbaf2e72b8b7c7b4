package autogen.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Copies of the projects the integration tests build, each in a folder of its own under target. */
final class Fixtures {
    static final Path WORK = Path.of("target", "it-work").toAbsolutePath();

    private Fixtures() {
    }

    /** A fresh copy of {@code src/it/name}, its pom naming the plugin version this build made. */
    static Path copy(String name) {
        Path target = WORK.resolve(name);
        deleteTree(target);
        copyTree(Path.of("src", "it", name), target);
        Path pom = target.resolve("pom.xml");
        write(pom, read(pom).replace("@autogen.version@", Mvn.property("autogen.it.version")));
        return target;
    }

    /** Copies {@code paths} of the checkout (the folder above this module) into {@code target}, as they are. */
    static Path copyCheckout(Path target, List<String> paths) {
        Path checkout = Path.of(Mvn.property("autogen.it.checkout"));
        paths.forEach(p -> copyTree(checkout.resolve(p), target.resolve(p)));
        return target;
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

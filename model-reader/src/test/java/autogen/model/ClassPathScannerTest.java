package autogen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathScannerTest {
    private static final List<String> SAMPLE_TYPES = List.of("autogen.sample.Address", "autogen.sample.Comment",
            "autogen.sample.Post", "autogen.sample.Tag", "autogen.sample.User");

    @Test
    void findsAnnotatedClassesOnlySorted(@TempDir Path dir) throws IOException {
        Path classes = classesFolder(dir);
        assertEquals(SAMPLE_TYPES, new ClassPathScanner(List.of("autogen.sample")).candidates(List.of(classes)));
    }

    @Test
    void readsJarsLikeFolders(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("sample.jar");
        Path classes = classesFolder(dir);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        assertEquals(SAMPLE_TYPES, new ClassPathScanner(List.of("autogen")).candidates(List.of(jar)));
    }

    @Test
    void includesSubPackagesButNotSiblings() {
        List<String> found = new ClassPathScanner(List.of("autogen.model.bad"))
                .candidates(List.of(Fixtures.testClassPath()));
        assertEquals(List.of("autogen.model.bad.noid.NoIdentifier", "autogen.model.bad.target.Owner"), found);
    }

    // The sample app arrives as a jar or a folder depending on the build; copy its classes into a plain folder.
    private static Path classesFolder(Path dir) throws IOException {
        Path classes = dir.resolve("classes");
        Path sample = Fixtures.sampleClassPath();
        if (Files.isDirectory(sample)) {
            return sample;
        }
        try (var jar = new java.util.jar.JarFile(sample.toFile())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                if (!entry.isDirectory() && entry.getName().endsWith(".class")) {
                    Path target = classes.resolve(entry.getName());
                    Files.createDirectories(target.getParent());
                    try (OutputStream out = Files.newOutputStream(target)) {
                        jar.getInputStream(entry).transferTo(out);
                    }
                }
            }
        }
        return classes;
    }
}

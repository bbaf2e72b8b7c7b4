package autogen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
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
        Path classes = Fixtures.copyOfSampleClasses(dir.resolve("classes"));
        assertEquals(SAMPLE_TYPES, names(List.of("autogen.sample"), classes));
    }

    @Test
    void readsJarsLikeFolders(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("sample.jar");
        Path classes = Fixtures.copyOfSampleClasses(dir.resolve("classes"));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        assertEquals(SAMPLE_TYPES, names(List.of("autogen"), jar));
    }

    @Test
    void includesSubPackagesButNotSiblings() {
        List<String> found = names(List.of("autogen.model.bad"), Fixtures.testClassPath());
        assertEquals(List.of("autogen.model.bad.noid.NoIdentifier", "autogen.model.bad.target.Owner"), found);
    }

    @Test
    void anEarlierEntryHidesALaterClassOfTheSameName(@TempDir Path dir) throws IOException {
        Path classes = Fixtures.copyOfSampleClasses(dir.resolve("classes"));
        Path earlier = dir.resolve("earlier");
        Files.createDirectories(earlier.resolve("autogen/sample"));
        Files.write(earlier.resolve("autogen/sample/User.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        List<String> found = new ClassPathScanner(List.of("autogen.sample"))
                .candidates(ClassPathFiles.read(List.of(earlier, classes))).stream()
                .map(ClassPathScanner.FoundClass::name).toList();
        assertEquals(SAMPLE_TYPES.stream().filter(name -> !name.endsWith(".User")).toList(), found,
                "a class loader would find the earlier User, which is no entity");
    }

    private static List<String> names(List<String> packages, Path entry) {
        return new ClassPathScanner(packages).candidates(ClassPathFiles.read(List.of(entry))).stream()
                .map(ClassPathScanner.FoundClass::name).toList();
    }
}

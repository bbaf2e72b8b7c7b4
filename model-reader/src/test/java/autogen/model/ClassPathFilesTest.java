package autogen.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathFilesTest {
    @Test
    void readsEachFolderOnceSortedAndOnlyItsClassFiles(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("classes");
        Files.createDirectories(folder.resolve("b"));
        Files.write(folder.resolve("b/Z.class"), new byte[] {1});
        Files.write(folder.resolve("A.class"), new byte[] {2, 3});
        Files.writeString(folder.resolve("b/notes.txt"), "not a class");
        Path jar = Files.write(dir.resolve("lib.jar"), new byte[] {4});
        Path missing = dir.resolve("missing");

        ClassPathFiles files = ClassPathFiles.read(List.of(folder, jar, missing));

        assertEquals(List.of(folder, jar, missing), files.classPath());
        List<ClassPathFiles.ClassFile> classes = files.folder(folder).orElseThrow();
        assertEquals(List.of("A.class", "b/Z.class"), classes.stream().map(ClassPathFiles.ClassFile::path).toList());
        assertArrayEquals(new byte[] {2, 3}, classes.get(0).bytes());
        assertTrue(files.folder(jar).isEmpty(), "a jar is read where it is used");
        assertTrue(files.folder(missing).isEmpty());
    }

    @Test
    void theModelComesFromTheBytesReadNotFromTheFilesLater(@TempDir Path dir) throws IOException {
        Path classes = Fixtures.copyOfSampleClasses(dir.resolve("classes"));
        ModelSource source = new ModelSource(List.of(classes), List.of("autogen.sample"), Fixtures.SAMPLE_SETTINGS);
        Schema expected = new HibernateModelReader().read(source);
        ClassPathFiles files = ClassPathFiles.read(source.classPath());
        // A build that rewrites the classes after they were read (and hashed, by the model cache) changes nothing.
        Files.write(classes.resolve("autogen/sample/User.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});

        assertEquals(expected, new HibernateModelReader().read(source, files));
    }
}
